// After the terminal's own name changed (DeviceInfo.deviceName): says that the station's list
// followed, or offers to rename the terminal there too (devices.update), once.
import { Alert, Button, Group, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { ConfigSetResult } from '@shared/contract/config'
import type { AppError } from '@shared/result'
import { useTerminalText } from '../../i18n/feature-hooks'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { ErrorNotice } from '../shell/ErrorNotice'
import { useDevices } from '../devices/store'

type Rename = NonNullable<ConfigSetResult['stationRename']>

export function StationRename({ deviceId, rename }: { deviceId: string; rename: Rename }) {
  const { t } = useTerminalText()
  const reload = useDevices((s) => s.load)
  const [busy, run] = useBusy()
  const names = { from: rename.from, to: rename.to }
  const [done, setDone] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  // the station renamed it already: the lists and the page header show the new name
  useEffect(() => {
    if (rename.done) void reload()
  }, [rename.done, reload])
  if (rename.done || done)
    return (
      <Alert color="green" variant="light" role="status" data-testid="station-renamed">
        {rename.done ? t('form.renamedToo', names) : t('form.renamedInStation', names)}
      </Alert>
    )
  const apply = async () => {
    const r = await station.devices.update({ id: deviceId, patch: { name: rename.to } })
    if (!r.ok) return setError(r.error)
    setError(null)
    setDone(true)
    await reload()
  }
  return (
    <Alert color="blue" variant="light" data-testid="station-rename-offer">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('form.renameOffer', names)}</Text>
        <Button size="xs" loading={busy} onClick={() => void run(apply)}>
          {t('form.renameInStation')}
        </Button>
      </Group>
      {error && <ErrorNotice error={error} />}
    </Alert>
  )
}
