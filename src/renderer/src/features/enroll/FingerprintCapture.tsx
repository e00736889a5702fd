import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core'
import { IconFingerprint } from '@tabler/icons-react'
import { useState } from 'react'
import { useEnrollText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { HandDiagram } from './HandDiagram'
import { SessionStatus } from './SessionStatus'
import { useEnroll } from './store'

const LOW_QUALITY = 50

export function FingerprintCapture() {
  const { t } = useEnrollText()
  const { session, detail, start, person } = useEnroll(
    useShallow((s) => ({
      session: s.session,
      detail: s.detail,
      start: s.start,
      person: s.person,
    })),
  )
  const [finger, setFinger] = useState(2)
  const enrolled = new Set(detail?.fingerprints.map((f) => f.fingerId) ?? [])
  const mine = session?.kind === 'fingerprint' ? session : null
  const busy = mine !== null && ['starting', 'waiting', 'captured'].includes(mine.phase)
  const name = t(`fingerprint.fingers.f${finger}` as 'fingerprint.fingers.f1')
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
          {t('fingerprint.capture', { finger: name.toLowerCase() })}
        </Button>
        {enrolled.has(finger) && (
          <Badge variant="dot" color="green">
            {t('fingerprint.enrolled')}
          </Badge>
        )}
      </Group>
      <SessionStatus
        kind="fingerprint"
        waiting={t('fingerprint.waiting', { finger: name.toLowerCase() })}
        onRetry={capture}
        failedTitle={
          mine && person
            ? t('fingerprint.notEnrolled', {
                name: person.name,
                finger: t(
                  `fingerprint.fingers.f${mine.fingerId ?? finger}` as 'fingerprint.fingers.f1',
                ).toLowerCase(),
              })
            : undefined
        }
      />
      {mine?.quality !== undefined && (
        <Stack gap={4} maw={360} data-testid="fingerprint-quality">
          <Text size="sm" fw={600}>
            {t('fingerprint.quality', { quality: mine.quality })}
          </Text>
          <Progress
            value={mine.quality}
            color={mine.quality < LOW_QUALITY ? 'orange' : 'green'}
            aria-label={t('fingerprint.quality', { quality: mine.quality })}
          />
          {/* a failed capture says it once, in the message above, with its own retry */}
          {mine.quality < LOW_QUALITY && mine.phase !== 'failed' && (
            <Group gap="xs">
              <Text size="sm">{t('fingerprint.lowQuality')}</Text>
              <Button size="xs" variant="default" onClick={capture} disabled={busy}>
                {t('retry')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  )
}
