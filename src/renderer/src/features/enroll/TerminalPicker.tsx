import { Button, Select, Stack, Text } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useDevicesText } from '../../i18n/feature-hooks'
import type { Device } from '../../../../shared/model'
import { useNav } from '../shell/nav-store'
import { useEnroll } from './store'

export const canCapture = (d: Device) =>
  !!d.capabilities &&
  (d.capabilities.captureFace ||
    d.capabilities.captureCard ||
    d.capabilities.captureFingerprint ||
    d.capabilities.captureIris)

export function TerminalPicker({ devices }: { devices: Device[] }) {
  const { t } = useTranslation()
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
        <Text size="sm">{t('enroll.noTerminals')}</Text>
        <Button variant="default" size="xs" w="fit-content" onClick={() => go('devices')}>
          {t('enroll.openDevices')}
        </Button>
      </Stack>
    )
  return (
    <Select
      label={t('enroll.terminal')}
      placeholder={t('enroll.terminalPlaceholder')}
      data={devices.map((d) => ({
        value: d.id,
        label: t('enroll.terminalOption', {
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
