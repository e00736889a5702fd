import { Loader, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSettingsText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { Settings } from '@shared/model'
import { LANGUAGES } from '../../i18n'
import { ErrorNotice } from '../shell/ErrorNotice'
import { DemoSection } from './DemoSection'
import { ContinuousApplySection } from './ContinuousApplySection'
import { EventRetentionSection } from './EventRetentionSection'
import { PortField } from './PortField'
import { useSettings } from './store'
import { notify } from '../../lib/notify'

export function SettingsPage() {
  const { t } = useSettingsText()
  const { t: tc } = useTranslation()
  const { settings, dataDir, error, update, load } = useSettings(
    useShallow((s) => ({
      settings: s.settings,
      dataDir: s.dataDir,
      error: s.error,
      update: s.update,
      load: s.load,
    })),
  )
  if (!settings)
    return error ? (
      <ErrorNotice error={error} onRetry={() => void load()} />
    ) : (
      <Loader aria-label={tc('common.loading')} />
    )
  const save = async (patch: Partial<Settings>) => {
    if (await update(patch)) notify({ message: t('saved'), color: 'green', autoClose: 1500 })
  }
  return (
    <Stack gap="md" maw={640}>
      {error && <ErrorNotice error={error} />}
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="md">
          {t('appearance')}
        </Title>
        <Stack gap="md">
          <Select
            label={t('language')}
            description={t('languageHint')}
            data={Object.entries(LANGUAGES).map(([value, label]) => ({ value, label }))}
            value={settings.language}
            allowDeselect={false}
            onChange={(v) => v && void save({ language: v as Settings['language'] })}
          />
          <Select
            label={t('theme')}
            data={[
              { value: 'system', label: t('themeSystem') },
              { value: 'light', label: t('themeLight') },
              { value: 'dark', label: t('themeDark') },
            ]}
            value={settings.theme}
            allowDeselect={false}
            onChange={(v) => v && void save({ theme: v as Settings['theme'] })}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="md">
          {t('network')}
        </Title>
        <Stack gap="md">
          <PortField
            value={settings.listenPort}
            onSave={(listenPort) => void save({ listenPort })}
          />
          <Select
            label={t('listenAddress')}
            data={[
              { value: '127.0.0.1', label: t('listenLoopback') },
              { value: '0.0.0.0', label: t('listenAll') },
            ]}
            value={settings.listenAddress}
            allowDeselect={false}
            onChange={(v) => v && void save({ listenAddress: v as Settings['listenAddress'] })}
          />
        </Stack>
      </Paper>
      <ContinuousApplySection settings={settings} onSave={(patch) => void save(patch)} />
      <EventRetentionSection settings={settings} onSave={(patch) => void save(patch)} />
      <DemoSection />
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="md">
          {t('storage')}
        </Title>
        <TextInput
          label={t('dataDir')}
          description={t('dataDirHint')}
          value={dataDir ?? ''}
          readOnly
          classNames={{ input: 'mono' }}
          data-testid="settings-data-dir"
        />
        {!dataDir && (
          <Text size="xs" c="dimmed" mt={4}>
            {tc('common.loading')}
          </Text>
        )}
      </Paper>
    </Stack>
  )
}
