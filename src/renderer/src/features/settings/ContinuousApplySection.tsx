// Settings: whether changes reach the terminals by themselves (continuous apply).
import { Paper, Switch } from '@mantine/core'
import type { Settings } from '@shared/model'
import { usePendingText } from '../../i18n/feature-hooks'

export function ContinuousApplySection({
  settings,
  onSave,
}: {
  settings: Settings
  onSave(patch: Partial<Settings>): void
}) {
  const { t } = usePendingText()
  return (
    <Paper withBorder p="lg" radius="md">
      <Switch
        label={t('setting')}
        description={t('settingHint')}
        checked={settings.continuousApply}
        onChange={(e) => onSave({ continuousApply: e.currentTarget.checked })}
        data-testid="setting-continuous-apply"
      />
    </Paper>
  )
}
