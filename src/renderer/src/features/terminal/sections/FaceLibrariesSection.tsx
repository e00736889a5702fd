// The terminal's face libraries with their face counts; each can be renamed
// (libraries.list / rename). Shown on terminals that keep faces.
import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import type { FaceLibraryView } from '@shared/contract/face-libraries'
import type { AppError } from '@shared/result'
import { useRulesText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import type { SectionProps } from '../sections'
import { SectionProblem } from './SectionProblem'
import { FaceLibraryManage } from './FaceLibraryManage'
import { FaceRecords } from './FaceRecords'

const key = (l: FaceLibraryView) => `${l.faceLibType}/${l.FDID}`

export function FaceLibrariesSection({ device }: SectionProps) {
  const { t } = useRulesText()
  const [list, setList] = useState<FaceLibraryView[] | null>(null)
  const [names, setNames] = useState<Record<string, string>>({})
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const canSend = device.health === 'online'

  const load = useCallback(async () => {
    const r = await station.libraries.list({ deviceId: device.id })
    if (!r.ok) return setError(r.error)
    setError(null)
    setList(r.value)
    setNames(Object.fromEntries(r.value.map((l) => [key(l), l.name])))
  }, [device.id])
  useEffect(() => {
    void load()
  }, [load])

  const type = (t0: string): string =>
    t0 === 'blackFD' || t0 === 'staticFD' || t0 === 'infraredFD'
      ? t(`faceLibraries.types.${t0}`)
      : t0

  return (
    <Stack gap="md" maw={880} data-testid="face-libraries">
      <Text size="sm" c="dimmed">
        {t('faceLibraries.lead')}
      </Text>
      <SectionProblem error={error} />
      {list && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('faceLibraries.id')}</Table.Th>
              <Table.Th>{t('faceLibraries.type')}</Table.Th>
              <Table.Th>{t('faceLibraries.name')}</Table.Th>
              <Table.Th>{t('faceLibraries.faces')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((l) => {
              const k = key(l)
              const name = names[k] ?? l.name
              return (
                <Table.Tr key={k} data-testid={`face-library-${l.FDID}`}>
                  <Table.Td>{l.FDID}</Table.Td>
                  <Table.Td>{type(l.faceLibType)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <TextInput
                        aria-label={t('faceLibraries.nameOf', { id: l.FDID })}
                        value={name}
                        maxLength={48}
                        onChange={(e) => {
                          const v = e.currentTarget.value
                          setNames((n) => ({ ...n, [k]: v }))
                        }}
                      />
                      <Button
                        variant="default"
                        loading={busy === k}
                        disabled={!canSend || name.trim() === '' || name === l.name}
                        onClick={async () => {
                          setBusy(k)
                          const r = await station.libraries.rename({
                            deviceId: device.id,
                            FDID: l.FDID,
                            faceLibType: l.faceLibType,
                            name,
                          })
                          setBusy(null)
                          if (!r.ok) return setError(r.error)
                          setError(null)
                          setList(r.value)
                          notify({ color: 'green', message: t('faceLibraries.renamed') })
                        }}
                      >
                        {t('faceLibraries.rename')}
                      </Button>
                    </Group>
                  </Table.Td>
                  <Table.Td>{l.faces ?? t('faceLibraries.unknown')}</Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      {list && (
        <FaceLibraryManage
          deviceId={device.id}
          canSend={canSend}
          list={list}
          onList={(l) => {
            setList(l)
            setNames(Object.fromEntries(l.map((x) => [key(x), x.name])))
          }}
          onError={setError}
        />
      )}
      {list && (
        <FaceRecords deviceId={device.id} canSend={canSend} libraries={list} onError={setError} />
      )}
    </Stack>
  )
}
