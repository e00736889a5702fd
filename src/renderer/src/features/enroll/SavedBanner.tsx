import { Alert, Button, Group, Text } from '@mantine/core'
import { IconCircleCheck, IconSend } from '@tabler/icons-react'
import { useHotkeys } from '@mantine/hooks'
import { useState } from 'react'
import { useEnrollText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { useNav } from '../shell/nav-store'

/** After a save: propose applying just this person (apply.start with their employee no.). */
export function SavedBanner({ employeeNo, name }: { employeeNo: string; name: string }) {
  const { t } = useEnrollText()
  const errorText = useErrorText()
  const go = useNav((s) => s.go)
  const [busy, run] = useBusy()
  const [started, setStarted] = useState(false)
  useHotkeys([['a', () => !busy && void apply()]])
  const apply = async () => {
    const r = await run(() => station.apply.start({ employeeNos: [employeeNo] }))
    if (!r.ok) {
      const e = errorText(r.error)
      return notify({ color: 'red', title: e.title, message: e.advice ?? e.detail })
    }
    setStarted(true)
    notify({ color: 'green', message: t('applyStarted', { name }) })
  }
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={18} aria-hidden />}
      title={t('savedTitle', { name })}
      data-testid="enroll-saved"
    >
      <Group gap="sm" justify="space-between">
        <Text size="sm">{t('savedBody')}</Text>
        <Group gap="xs">
          <Button
            size="xs"
            loading={busy}
            leftSection={<IconSend size={14} aria-hidden />}
            onClick={() => void apply()}
            aria-keyshortcuts="a"
          >
            {t('applyNow', { name })}
          </Button>
          {started && (
            <Button size="xs" variant="default" onClick={() => go('apply')}>
              {t('openApply')}
            </Button>
          )}
        </Group>
      </Group>
    </Alert>
  )
}
