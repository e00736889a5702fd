// What a terminal reports and nobody sets (terminal.documents / terminal.document): pick one,
// it is read from the terminal and shown as sent. The ones this terminal lacks are named in
// one muted line.
import { Button, Code, Group, Select, Stack, Text } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import type {
  TerminalDocumentInfo,
  TerminalDocumentName,
  TerminalDocumentView,
} from '@shared/contract/terminal-documents'
import type { AppError } from '@shared/result'
import { useTerminalDocumentsText } from '../../../i18n/feature-hooks'
import { station } from '../../../lib/station'
import type { SectionProps } from '../sections'
import { Lacks, SectionProblem } from './SectionProblem'
import { ImportTasks } from './ImportTasks'

export function TerminalDocumentsSection({ device }: SectionProps) {
  const { t } = useTerminalDocumentsText()
  const [list, setList] = useState<TerminalDocumentInfo[] | null>(null)
  const [name, setName] = useState<TerminalDocumentName | null>(null)
  const [doc, setDoc] = useState<TerminalDocumentView | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const [events, setEvents] = useState<number | null>(null)

  useEffect(() => {
    void station.terminal.eventCount({ deviceId: device.id }).then((r) => {
      if (r.ok) setEvents(r.value.total)
    })
  }, [device.id])
  useEffect(() => {
    void station.terminal.documents({ deviceId: device.id }).then((r) => {
      if (!r.ok) return setError(r.error)
      setList(r.value)
      setName(r.value.find((d) => d.offered)?.name ?? null)
    })
  }, [device.id])

  const read = useCallback(
    async (which: TerminalDocumentName) => {
      setBusy(true)
      const r = await station.terminal.document({ deviceId: device.id, name: which })
      setBusy(false)
      if (!r.ok) {
        setDoc(null)
        return setError(r.error)
      }
      setError(null)
      setDoc(r.value)
    },
    [device.id],
  )
  useEffect(() => {
    if (name) void read(name)
  }, [name, read])

  const offered = list?.filter((d) => d.offered) ?? []
  const lacking = list?.filter((d) => !d.offered) ?? []
  return (
    <Stack gap="md" maw={880} data-testid="terminal-documents">
      <Text size="sm" c="dimmed">
        {t('lead')}
      </Text>
      {events !== null && (
        <Text size="sm" data-testid="terminal-event-count">
          {t('eventCount', { count: events })}
        </Text>
      )}
      {list && offered.length === 0 && <Text size="sm">{t('none')}</Text>}
      {offered.length > 0 && (
        <Group align="end">
          <Select
            label={t('pick')}
            w={420}
            allowDeselect={false}
            value={name}
            data={offered.map((d) => ({
              value: d.name,
              label: `${t(`names.${d.name}`)} (§${d.guide})`,
            }))}
            onChange={(v) => setName(v as TerminalDocumentName | null)}
          />
          <Button
            variant="default"
            loading={busy}
            disabled={!name || device.health !== 'online'}
            onClick={() => name && void read(name)}
          >
            {t('read')}
          </Button>
        </Group>
      )}
      <SectionProblem error={error} />
      {doc && (
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('readFrom', { path: doc.path })}
          </Text>
          <Code block data-testid="terminal-document">
            {JSON.stringify({ [doc.root]: doc.content }, null, 2)}
          </Code>
        </Stack>
      )}
      <Lacks
        items={
          lacking.length
            ? [t('notOffered', { names: lacking.map((d) => t(`names.${d.name}`)).join(', ') })]
            : []
        }
      />
      <ImportTasks device={device} />
    </Stack>
  )
}
