import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core'
import { IconFingerprint } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { HandDiagram } from './HandDiagram'
import { SessionStatus } from './SessionStatus'
import { useEnroll } from './store'

const LOW_QUALITY = 50

export function FingerprintCapture() {
  const { t } = useTranslation()
  const { session, detail, start } = useEnroll(
    useShallow((s) => ({ session: s.session, detail: s.detail, start: s.start })),
  )
  const [finger, setFinger] = useState(2)
  const enrolled = new Set(detail?.fingerprints.map((f) => f.fingerId) ?? [])
  const mine = session?.kind === 'fingerprint' ? session : null
  const busy = mine !== null && ['starting', 'waiting', 'captured'].includes(mine.phase)
  const name = t(`enroll.fingerprint.fingers.f${finger}` as 'enroll.fingerprint.fingers.f1')
  const capture = () => void start('fingerprint', { fingerId: finger })

  return (
    <Stack gap="md">
      <HandDiagram selected={finger} enrolled={enrolled} onPick={setFinger} />
      <Group gap="sm">
        <Button
          leftSection={<IconFingerprint size={16} aria-hidden />}
          onClick={capture}
          disabled={busy}
        >
          {t('enroll.fingerprint.capture', { finger: name.toLowerCase() })}
        </Button>
        {enrolled.has(finger) && (
          <Badge variant="dot" color="green">
            {t('enroll.fingerprint.enrolled')}
          </Badge>
        )}
      </Group>
      <SessionStatus
        kind="fingerprint"
        waiting={t('enroll.fingerprint.waiting', { finger: name.toLowerCase() })}
        onRetry={capture}
      />
      {mine?.quality !== undefined && (
        <Stack gap={4} maw={360} data-testid="fingerprint-quality">
          <Text size="sm" fw={600}>
            {t('enroll.fingerprint.quality', { quality: mine.quality })}
          </Text>
          <Progress
            value={mine.quality}
            color={mine.quality < LOW_QUALITY ? 'orange' : 'green'}
            aria-label={t('enroll.fingerprint.quality', { quality: mine.quality })}
          />
          {mine.quality < LOW_QUALITY && (
            <Group gap="xs">
              <Text size="sm">{t('enroll.fingerprint.lowQuality')}</Text>
              <Button size="xs" variant="default" onClick={capture} disabled={busy}>
                {t('enroll.retry')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  )
}
