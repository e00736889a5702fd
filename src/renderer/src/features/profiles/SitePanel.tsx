import {
  Button,
  Checkbox,
  FileButton,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { useProfilesText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { saveFile } from './save-file'
import { useProfiles } from './store'

/** Export the site as one `.esite` file (passwords only encrypted with a passphrase); import one. */
export function SitePanel() {
  const { t } = useProfilesText()
  const errorText = useErrorText()
  const load = useProfiles((s) => s.load)
  const [withSecrets, setWithSecrets] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [busy, run] = useBusy()
  const fail = (e: Parameters<typeof errorText>[0]) => {
    const x = errorText(e)
    notify({ color: 'red', title: x.title, message: x.detail })
  }
  const exportSite = () =>
    run(async () => {
      const r = await station.site.export(withSecrets ? { withSecrets, passphrase } : {})
      if (!r.ok) return fail(r.error)
      saveFile(r.value.fileName, r.value.content, 'application/json')
    })
  const importSite = (file: File | null) =>
    file &&
    run(async () => {
      const content = await file.text()
      const r = await station.site.import({ content, ...(passphrase ? { passphrase } : {}) })
      if (!r.ok) return fail(r.error)
      notify({
        color: 'green',
        message: t('imported', {
          profiles: r.value.profiles.length,
          terminals: r.value.terminals.length,
        }),
      })
      await load()
    })
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>{t('siteTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('siteIntro')}
        </Text>
        <Checkbox
          label={t('withSecrets')}
          checked={withSecrets}
          onChange={(e) => setWithSecrets(e.currentTarget.checked)}
        />
        <PasswordInput
          label={t('passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          w={320}
        />
        <Group>
          <Button
            onClick={() => void exportSite()}
            loading={busy}
            disabled={withSecrets && passphrase.length < 8}
          >
            {t('exportSite')}
          </Button>
          <FileButton onChange={(f) => void importSite(f)} accept=".esite,application/json">
            {(props) => (
              <Button variant="light" loading={busy} {...props}>
                {t('importSite')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </Paper>
  )
}
