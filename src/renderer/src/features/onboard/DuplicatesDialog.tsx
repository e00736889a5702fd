// Persons → "Duplicates": persons sharing a card, an employee number, a fingerprint or a face
// picture, or whose faces a terminal found alike (FaceCheckPanel). Each group is resolved by the operator (take the credential off one person, or
// "not a duplicate"); nothing is merged or removed by the station itself.
import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DuplicateGroup } from '@shared/contract/onboard'
import type { AppError, Result } from '@shared/result'
import { useOnboardText } from '../../i18n/feature-hooks'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { ErrorNotice } from '../shell/ErrorNotice'
import { FaceCheckPanel } from './FaceCheckPanel'
import { useState } from 'react'

export function DuplicatesDialog({
  opened,
  groups,
  onChanged,
  onClose,
}: {
  opened: boolean
  groups: DuplicateGroup[]
  onChanged: () => Promise<void>
  onClose: () => void
}) {
  const { t } = useOnboardText()
  const { t: tc } = useTranslation()
  const [busy, run] = useBusy()
  const [error, setError] = useState<AppError | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const act = async (action: () => Promise<Result<unknown>>, message: string) => {
    setError(null)
    const r = await run(action)
    if (!r.ok) return setError(r.error)
    setDone(message)
    await onChanged()
  }
  const resolutions = (g: DuplicateGroup, m: DuplicateGroup['members'][number]) => {
    if (g.kind === 'card')
      return [
        {
          label: t('removeCardFrom', { cardNo: m.value, name: m.name }),
          run: () => station.persons.removeCard({ employeeNo: m.employeeNo, cardNo: m.value }),
        },
      ]
    if (g.kind === 'fingerprint')
      return [
        {
          label: t('removeFingerFrom', { finger: m.value, name: m.name }),
          run: () =>
            station.persons.removeFingerprint({
              employeeNo: m.employeeNo,
              fingerId: Number(m.value),
            }),
        },
      ]
    if (g.kind === 'face' || g.kind === 'faceLikeness')
      return [
        {
          label: t('removeFaceFrom', { name: m.name }),
          run: () => station.persons.removeFace({ employeeNo: m.employeeNo }),
        },
      ]
    return []
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('duplicatesTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('duplicatesHint')}
        </Text>
        <FaceCheckPanel onChecked={onChanged} />
        {error && <ErrorNotice error={error} />}
        {done && (
          <Alert color="green" role="status">
            {done}
          </Alert>
        )}
        {groups.length === 0 && <Text size="sm">{t('duplicatesNone')}</Text>}
        {groups.map((g) => (
          <Paper
            key={`${g.kind}:${g.key}`}
            withBorder
            p="sm"
            component="section"
            aria-label={`${t(`kind.${g.kind}`)}: ${g.members.map((m) => m.name).join(', ')}`}
          >
            <Text fw={600} size="sm" mb={4}>
              {t(`kind.${g.kind}`)}
            </Text>
            {g.members.map((m) => (
              <Group key={`${m.employeeNo}:${m.value}`} gap="xs" mb={4}>
                <Text size="sm" style={{ flex: 1 }}>
                  {m.employeeNo} {m.name}
                  {m.value && g.kind !== 'employeeNo' ? ` — ${m.value}` : ''}
                </Text>
                {resolutions(g, m).map((r) => (
                  <Button
                    key={r.label}
                    size="compact-sm"
                    variant="light"
                    color="red"
                    loading={busy}
                    onClick={() => void act(r.run, r.label)}
                  >
                    {r.label}
                  </Button>
                ))}
              </Group>
            ))}
            <Group justify="flex-end">
              <Button
                size="compact-sm"
                variant="default"
                loading={busy}
                onClick={() =>
                  void act(
                    () => station.persons.dismissDuplicate({ kind: g.kind, key: g.key }),
                    t('dismissed'),
                  )
                }
              >
                {t('notDuplicate')}
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Modal>
  )
}
