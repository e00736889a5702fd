import { Select, Text } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { Device } from '../../../../shared/model'
import { useEnroll } from './store'

export const canCapture = (d: Device) =>
  !!d.capabilities &&
  (d.capabilities.captureFace ||
    d.capabilities.captureCard ||
    d.capabilities.captureFingerprint ||
    d.capabilities.captureIris)

export function TerminalPicker({ devices }: { devices: Device[] }) {
  const { t } = useTranslation()
  const deviceId = useEnroll((s) => s.deviceId)
  const pickDevice = useEnroll((s) => s.pickDevice)
  useEffect(() => {
    if (deviceId && devices.some((d) => d.id === deviceId)) return
    const first =
      devices.find((d) => d.health === 'online' && canCapture(d)) ?? devices.find(canCapture)
    pickDevice(first?.id ?? null)
  }, [devices, deviceId, pickDevice])
  if (devices.length === 0)
    return (
      <Text size="sm" c="dimmed" maw={340}>
        {t('enroll.noTerminals')}
      </Text>
    )
  return (
    <Select
      label={t('enroll.terminal')}
      placeholder={t('enroll.terminalPlaceholder')}
      data={devices.map((d) => ({
        value: d.id,
        label: t('enroll.terminalOption', {
          name: d.name,
          state: t(`devices.health.${d.health}`),
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
