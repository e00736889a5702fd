// Terminal › ID cards: the terminal's ID-card block list (idcards.caps / setBlocked). The terminal
// offers no reading of its list, so there is none to show: an installer types a resident ID
// number to block it (with the holder's name) or to take it off. The answer is the number
// masked, as the station keeps it; this session's changes are listed so, never in full.
import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { IdBlockListCapsView } from '@shared/contract/id-block-list'
import type { AppError } from '@shared/result'
import { useCredentialsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import type { SectionProps } from '../sections'
import { SectionProblem } from './SectionProblem'

export function IdBlockListSection({ device }: SectionProps) {
  const { t } = useCredentialsText()
  const [caps, setCaps] = useState<IdBlockListCapsView | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [idNumber, setIdNumber] = useState('')
  const [name, setName] = useState('')
  const [busy, setBusy] = useState<'block' | 'unblock' | null>(null)
  const [done, setDone] = useState<{ idNumber: string; blocked: boolean }[]>([])
  const canSend = device.health === 'online'

  useEffect(() => {
    void station.idcards.caps({ deviceId: device.id }).then((r) => {
      if (r.ok) setCaps(r.value)
      else setError(r.error)
    })
  }, [device.id])

  const send = async (blocked: boolean) => {
    setBusy(blocked ? 'block' : 'unblock')
    const r = await station.idcards.setBlocked({
      deviceId: device.id,
      blocked,
      idNumber,
      ...(name.trim() ? { name } : {}),
    })
    setBusy(null)
    if (!r.ok) return setError(r.error)
    setError(null)
    setDone((d) => [r.value, ...d])
    setIdNumber('')
    notify({ color: 'green', message: t('idBlockList.saved') })
  }

  return (
    <Stack gap="md" maw={720} data-testid="id-cards-section">
      <Title order={5}>{t('idBlockList.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('idBlockList.lead')}
      </Text>
      <SectionProblem error={error} />
      {caps && (
        <Group align="end">
          <TextInput
            label={t('idBlockList.number')}
            value={idNumber}
            maxLength={caps.idNumber?.max ?? 18}
            autoComplete="off"
            onChange={(e) => setIdNumber(e.currentTarget.value)}
          />
          <TextInput
            label={t('idBlockList.name')}
            value={name}
            maxLength={128}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button
            loading={busy === 'block'}
            disabled={!canSend || idNumber.trim() === '' || name.trim() === ''}
            onClick={() => void send(true)}
          >
            {t('idBlockList.add')}
          </Button>
          <Button
            variant="default"
            loading={busy === 'unblock'}
            disabled={!canSend || idNumber.trim() === ''}
            onClick={() => void send(false)}
          >
            {t('idBlockList.remove')}
          </Button>
        </Group>
      )}
      {caps?.maxNum != null && (
        <Text size="xs" c="dimmed">
          {t('idBlockList.max', { max: caps.maxNum })}
        </Text>
      )}
      {done.length > 0 && (
        <Table striped maw={480}>
          <Table.Tbody>
            {done.map((d, i) => (
              <Table.Tr key={i}>
                <Table.Td>{d.idNumber}</Table.Td>
                <Table.Td>{d.blocked ? t('idBlockList.add') : t('idBlockList.remove')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
