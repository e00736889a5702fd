// The terminal's own log: by period and type, page by page; the whole search as CSV.
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { IconDownload, IconSearch } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import type { LogEntryView } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useTerminalOpsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { useLabel } from '../ResourceForm'
import { SectionProblem } from './SectionProblem'

const TYPES = ['Alarm', 'Exception', 'Operation', 'Information'] as const
type LogType = (typeof TYPES)[number]
const PAGE = 50

/** A datetime-local value (device-local wall time) as the ISO the station accepts. */
const iso = (v: string): string | undefined => (v ? (v.length === 16 ? `${v}:00` : v) : undefined)

function saveText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function LogSection({ device }: { device: Device }) {
  const { t } = useTerminalOpsText()
  const label = useLabel()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [type, setType] = useState<LogType | ''>('')
  const [entries, setEntries] = useState<LogEntryView[] | null>(null)
  const [next, setNext] = useState<number | null>(null)
  const [busy, setBusy] = useState<'search' | 'more' | 'export' | null>(null)
  const [error, setError] = useState<AppError | null>(null)

  const filter = useCallback(
    () => ({
      id: device.id,
      ...(iso(from) ? { from: iso(from) } : {}),
      ...(iso(to) ? { to: iso(to) } : {}),
      ...(type ? { major: type } : {}),
    }),
    [device.id, from, to, type],
  )

  const search = useCallback(
    async (position: number) => {
      setBusy(position === 0 ? 'search' : 'more')
      const r = await station.devices.log({ ...filter(), position, limit: PAGE })
      setBusy(null)
      if (!r.ok) return setError(r.error)
      setError(null)
      setEntries((prev) =>
        position === 0 ? r.value.entries : [...(prev ?? []), ...r.value.entries],
      )
      setNext(r.value.next)
    },
    [filter],
  )

  // the first page when the section opens; later searches are asked for
  const [opened, setOpened] = useState<string | null>(null)
  useEffect(() => {
    if (opened === device.id) return
    setOpened(device.id)
    void search(0)
  }, [device.id, opened, search])

  const exportCsv = async () => {
    setBusy('export')
    const r = await station.devices.logExport(filter())
    setBusy(null)
    if (!r.ok) return setError(r.error)
    saveText(r.value.fileName, r.value.csv)
    notify({
      color: 'green',
      message: t(r.value.truncated ? 'log.exportedTruncated' : 'log.exported', {
        rows: r.value.rows,
      }),
    })
  }

  return (
    <Stack gap="md" data-testid="log-section">
      <Title order={3} size="h4">
        {t('log.title')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void search(0)
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="datetime-local"
            label={t('log.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t('log.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('log.type')}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as LogType | '')}
            data={[
              { value: '', label: t('log.anyType') },
              ...TYPES.map((x) => ({ value: x, label: t(`log.types.${x}`) })),
            ]}
          />
          <Button
            type="submit"
            leftSection={<IconSearch size={14} aria-hidden />}
            loading={busy === 'search'}
          >
            {t('log.search')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            loading={busy === 'export'}
            disabled={device.health !== 'online'}
            onClick={() => void exportCsv()}
          >
            {t('log.export')}
          </Button>
        </Group>
      </form>
      <SectionProblem error={error} />
      {entries && entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('log.empty')}
        </Text>
      )}
      {entries && entries.length > 0 && (
        <>
          <Table aria-label={t('log.title')} data-testid="log-table" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('log.time')}</Table.Th>
                <Table.Th scope="col">{t('log.type')}</Table.Th>
                <Table.Th scope="col">{t('log.event')}</Table.Th>
                <Table.Th scope="col">{t('log.user')}</Table.Th>
                <Table.Th scope="col">{t('log.address')}</Table.Th>
                <Table.Th scope="col">{t('log.info')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e, i) => (
                <Table.Tr key={`${e.time}-${i}`}>
                  <Table.Td className="mono">{e.time}</Table.Td>
                  <Table.Td>
                    {TYPES.includes(e.major as LogType)
                      ? t(`log.types.${e.major as LogType}`)
                      : e.major}
                  </Table.Td>
                  <Table.Td title={e.minor} data-testid="log-event">
                    {label(e.minorLabel ?? null, e.minor)}
                  </Table.Td>
                  <Table.Td>{e.userName ?? ''}</Table.Td>
                  <Table.Td className="mono">{e.ipAddress ?? ''}</Table.Td>
                  <Table.Td>{e.info ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('log.shown', { count: entries.length })}
            </Text>
            {next !== null && (
              <Button
                variant="default"
                size="xs"
                loading={busy === 'more'}
                onClick={() => void search(next)}
              >
                {t('log.more')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  )
}
