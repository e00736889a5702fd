// Below the face library table: one library's records, their attributes edited in place and
// saved together (libraries.faces / editFaces): one changed record goes alone, several as a batch.
import { Button, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import type { FaceLibraryView } from '@shared/contract/face-libraries'
import type { FaceRecordView } from '@shared/contract/face-records'
import type { AppError } from '@shared/result'
import { useCredentialsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'

type Gender = 'male' | 'female' | 'unknown'
const GENDERS: Gender[] = ['male', 'female', 'unknown']
const key = (l: FaceLibraryView) => `${l.faceLibType}/${l.FDID}`

export function FaceRecords({
  deviceId,
  canSend,
  libraries,
  onError,
}: {
  deviceId: string
  canSend: boolean
  libraries: FaceLibraryView[]
  onError: (error: AppError | null) => void
}) {
  const { t } = useCredentialsText()
  const [which, setWhich] = useState<string | null>(libraries[0] ? key(libraries[0]) : null)
  const [records, setRecords] = useState<FaceRecordView[] | null>(null)
  const [edits, setEdits] = useState<Record<string, { name: string; gender: string | null }>>({})
  const [busy, setBusy] = useState(false)
  const lib = libraries.find((l) => key(l) === which)

  const show = (list: FaceRecordView[]) => {
    setRecords(list)
    setEdits(Object.fromEntries(list.map((r) => [r.FPID, { name: r.name, gender: r.gender }])))
  }
  const [FDID, faceLibType] = [lib?.FDID, lib?.faceLibType]
  const load = useCallback(async () => {
    if (!FDID || !faceLibType) return
    const r = await station.libraries.faces({ deviceId, FDID, faceLibType })
    if (!r.ok) return onError(r.error)
    onError(null)
    show(r.value)
  }, [deviceId, FDID, faceLibType, onError])
  useEffect(() => {
    void load()
  }, [load])

  const changed = (records ?? []).filter((r) => {
    const e = edits[r.FPID]
    return e && e.name.trim() !== '' && (e.name !== r.name || e.gender !== r.gender)
  })

  return (
    <Stack gap="xs" data-testid="face-records">
      <Title order={5}>{t('faceRecords.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('faceRecords.lead')}
      </Text>
      <Select
        label={t('faceRecords.library')}
        maw={320}
        data={libraries.map((l) => ({
          value: key(l),
          label: l.name ? `${l.FDID} · ${l.name}` : `${l.FDID} · ${l.faceLibType}`,
        }))}
        value={which}
        onChange={setWhich}
        allowDeselect={false}
      />
      {records && records.length === 0 && <Text size="sm">{t('faceRecords.none')}</Text>}
      {records && records.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('faceRecords.FPID')}</Table.Th>
              <Table.Th>{t('faceRecords.name')}</Table.Th>
              <Table.Th>{t('faceRecords.gender')}</Table.Th>
              <Table.Th>{t('faceRecords.born')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records.map((r) => {
              const e = edits[r.FPID] ?? { name: r.name, gender: r.gender }
              return (
                <Table.Tr key={r.FPID}>
                  <Table.Td>{r.FPID}</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('faceRecords.nameOf', { FPID: r.FPID })}
                      value={e.name}
                      maxLength={96}
                      onChange={(ev) => {
                        const name = ev.currentTarget.value
                        setEdits((x) => ({ ...x, [r.FPID]: { ...e, name } }))
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('faceRecords.gender')}
                      data={GENDERS.map((g) => ({
                        value: g,
                        label: t(`faceRecords.genders.${g}`),
                      }))}
                      value={e.gender}
                      onChange={(gender) => setEdits((x) => ({ ...x, [r.FPID]: { ...e, gender } }))}
                    />
                  </Table.Td>
                  <Table.Td>{r.bornTime ?? ''}</Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      {lib && (
        <Button
          variant="default"
          w="fit-content"
          loading={busy}
          disabled={!canSend || changed.length === 0}
          onClick={async () => {
            setBusy(true)
            const r = await station.libraries.editFaces({
              deviceId,
              FDID: lib.FDID,
              faceLibType: lib.faceLibType,
              records: changed.map((c) => {
                const e = edits[c.FPID]!
                const gender = GENDERS.find((g) => g === e.gender)
                return { FPID: c.FPID, name: e.name, ...(gender ? { gender } : {}) }
              }),
            })
            setBusy(false)
            if (!r.ok) return onError(r.error)
            onError(null)
            show(r.value)
            notify({ color: 'green', message: t('faceRecords.saved') })
          }}
        >
          {t('faceRecords.save', { count: changed.length })}
        </Button>
      )}
    </Stack>
  )
}
