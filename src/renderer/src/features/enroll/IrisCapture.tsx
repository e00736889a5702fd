import { Button, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconEye } from '@tabler/icons-react'
import { useState } from 'react'
import { useEnrollText } from '../../i18n/feature-hooks'
import { useEnroll } from './store'
import { SessionStatus } from './SessionStatus'

export function IrisCapture() {
  const { t } = useEnrollText()
  const session = useEnroll((s) => s.session)
  const start = useEnroll((s) => s.start)
  const [eye, setEye] = useState<'left' | 'right'>('left')
  const busy =
    session?.kind === 'iris' && ['starting', 'waiting', 'captured'].includes(session.phase)
  const capture = () => void start('iris', { eye })
  return (
    <Stack gap="md" maw={480}>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="iris-eye-label">
          {t('iris.eye')}
        </Text>
        <SegmentedControl
          aria-labelledby="iris-eye-label"
          value={eye}
          onChange={(v) => setEye(v as 'left' | 'right')}
          data={[
            { value: 'left', label: t('iris.left') },
            { value: 'right', label: t('iris.right') },
          ]}
          w="fit-content"
        />
      </Stack>
      <Button
        leftSection={<IconEye size={16} aria-hidden />}
        onClick={capture}
        disabled={busy}
        w="fit-content"
      >
        {t('iris.capture')}
      </Button>
      <SessionStatus kind="iris" waiting={t('iris.waiting')} onRetry={capture} />
    </Stack>
  )
}
