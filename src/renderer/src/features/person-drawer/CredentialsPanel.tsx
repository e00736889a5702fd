import { ActionIcon, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconEye, IconFingerprint, IconTrash } from '@tabler/icons-react'
import { usePersonDrawerText } from '../../i18n/feature-hooks'
import type { PersonDetail } from '@shared/model'
import type { Result } from '@shared/result'
import { useErrorText } from '../../lib/error-text'
import { useBusy } from '../../lib/use-busy'
import { usePersonDrawer } from './store'
import { notify } from '../../lib/notify'
import { FingerTypeSelect } from './FingerTypeSelect'

/** Fingerprints and iris records (captured on terminals); here they can only be removed. */
export function CredentialsPanel({ person }: { person: PersonDetail }) {
  const { t } = usePersonDrawerText()
  const errorText = useErrorText()
  const removeFingerprint = usePersonDrawer((s) => s.removeFingerprint)
  const removeIris = usePersonDrawer((s) => s.removeIris)
  const [busy, run] = useBusy()
  const done = (r: Result<unknown>) =>
    notify(
      r.ok
        ? { message: t('credentialRemoved') }
        : {
            color: 'red',
            title: errorText(r.error).title,
            message: errorText(r.error).advice ?? errorText(r.error).detail,
          },
    )
  const empty = person.fingerprints.length === 0 && person.irises.length === 0
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5" mb="xs">
        {t('credentials')}
      </Title>
      {empty && (
        <Text size="sm" c="dimmed">
          {t('noCredentials')}
        </Text>
      )}
      <Stack gap={6}>
        {person.fingerprints.map((f) => (
          <Group key={f.fingerId} justify="space-between" wrap="nowrap">
            <Group gap="xs">
              <IconFingerprint size={16} aria-hidden />
              <Text size="sm">
                {t('finger', { id: f.fingerId })}
                {f.quality !== null && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {t('fingerQuality', { quality: f.quality })}
                  </Text>
                )}
              </Text>
              <FingerTypeSelect
                employeeNo={person.employeeNo}
                fingerId={f.fingerId}
                fingerType={f.fingerType}
              />
            </Group>
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={busy}
              aria-label={t('removeFinger', { id: f.fingerId })}
              onClick={() => void run(() => removeFingerprint(f.fingerId)).then(done)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {person.irises.map((i) => (
          <Group key={i.eye} justify="space-between" wrap="nowrap">
            <Group gap="xs">
              <IconEye size={16} aria-hidden />
              <Text size="sm">{t(`eye.${i.eye}`)}</Text>
            </Group>
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={busy}
              aria-label={t('removeEye', { eye: t(`eye.${i.eye}`) })}
              onClick={() => void run(() => removeIris(i.eye)).then(done)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
    </Paper>
  )
}
