import { Button, Select, Stack, Text } from '@mantine/core'
import { useEffect } from 'react'
import { useDevicesText, useEnrollText } from '../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import { useNav } from '../shell/nav-store'
import { useEnroll } from './store'

export const canCapture = (d: Device) =>
  !!d.capabilities &&
  (d.capabilities.captureFace ||
    d.capabilities.captureCard ||
    d.capabilities.captureFingerprint ||
    d.capabilities.captureIris)

export function TerminalPicker({ devices }: { devices: Device[] }) {
  const { t } = useEnrollText()
  const { t: tDevices } = useDevicesText()
  const deviceId = useEnroll((s) => s.deviceId)
  const pickDevice = useEnroll((s) => s.pickDevice)
  const go = useNav((s) => s.go)
  useEffect(() => {
    if (deviceId && devices.some((d) => d.id === deviceId)) return
    const first =
      devices.find((d) => d.health === 'online' && canCapture(d)) ?? devices.find(canCapture)
    pickDevice(first?.id ?? null)
  }, [devices, deviceId, pickDevice])
  if (devices.length === 0)
    return (
      <Stack gap={6} maw={340} pt={4}>
        <Text size="sm">{t('noTerminals')}</Text>
        <Button variant="default" size="xs" w="fit-content" onClick={() => go('devices')}>
          {t('openDevices')}
        </Button>
      </Stack>
    )
  return (
    <Select
      label={t('terminal')}
      placeholder={t('terminalPlaceholder')}
      data={devices.map((d) => ({
        value: d.id,
        label: t('terminalOption', {
          name: d.name,
          state: tDevices(`health.${d.health}`),
        }),
      }))}
      value={deviceId}
      onChange={pickDevice}
      allowDeselect={false}
      w={340}
      data-testid="enroll-terminal"
    />
  )
}
