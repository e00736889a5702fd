import { Group, Paper, Stack, Tabs, Text } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconCamera, IconEye, IconFingerprint, IconId } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useEnrollText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { Device } from '@shared/model'
import { useDevices } from '../devices/store'
import { CardCapture } from './CardCapture'
import { FaceCapture } from './FaceCapture'
import { FingerprintCapture } from './FingerprintCapture'
import { IrisCapture } from './IrisCapture'
import { PersonPicker } from './PersonPicker'
import { SavedBanner } from './SavedBanner'
import { useEnroll, type Kind } from './store'
import { TerminalPicker } from './TerminalPicker'

const ICONS = { face: IconCamera, card: IconId, fingerprint: IconFingerprint, iris: IconEye }

/** What this terminal can capture; a card can always come from the desk reader. */
function kindsOf(device: Device): Kind[] {
  const c = device.capabilities
  const kinds: Kind[] = []
  if (c?.captureFace) kinds.push('face')
  kinds.push('card')
  if (c?.captureFingerprint) kinds.push('fingerprint')
  if (c?.captureIris) kinds.push('iris')
  return kinds
}

export function EnrollPage() {
  const { t } = useEnrollText()
  const personRef = useRef<HTMLInputElement>(null)
  const { devices, loadDevices } = useDevices(
    useShallow((s) => ({ devices: s.devices, loadDevices: s.load })),
  )
  const { person, detail, deviceId, saved, reset } = useEnroll(
    useShallow((s) => ({
      person: s.person,
      detail: s.detail,
      deviceId: s.deviceId,
      saved: s.saved,
      reset: s.reset,
    })),
  )
  const [kind, setKind] = useState<Kind>('face')
  useEffect(() => void loadDevices(), [loadDevices])
  useHotkeys([['/', () => personRef.current?.focus()]])

  const device = devices?.find((d) => d.id === deviceId) ?? null
  const kinds = device ? kindsOf(device) : []
  const shown = kinds.includes(kind) ? kind : (kinds[0] ?? 'card')

  return (
    <Stack gap="md" style={{ flex: 1, minHeight: 0, overflow: 'auto' }} pb="md">
      <Group align="flex-start" gap="md">
        <PersonPicker inputRef={personRef} />
        {devices && <TerminalPicker devices={devices} />}
      </Group>
      {detail && (
        <Text size="sm" c="dimmed" data-testid="enroll-credentials">
          {[
            t('held.cards', { count: detail.cards.length }),
            t('held.fingerprints', { count: detail.fingerprints.length }),
            t('held.face', { face: detail.face ? '✓' : '—' }),
            t('held.irises', { count: detail.irises.length }),
          ].join(' · ')}
        </Text>
      )}
      {person && saved === person.employeeNo && (
        <SavedBanner employeeNo={person.employeeNo} name={person.name} />
      )}
      {!person || !device ? (
        <Text size="sm" c="dimmed">
          {t('pickFirst')}
        </Text>
      ) : (
        <Paper withBorder p="md" radius="md">
          <Tabs
            value={shown}
            onChange={(v) => {
              if (!v) return
              reset()
              setKind(v as Kind)
            }}
            keepMounted={false}
          >
            <Tabs.List aria-label={t('kindsLabel')} mb="md">
              {kinds.map((k) => {
                const Icon = ICONS[k]
                return (
                  <Tabs.Tab key={k} value={k} leftSection={<Icon size={16} aria-hidden />}>
                    {t(`kind.${k}`)}
                  </Tabs.Tab>
                )
              })}
            </Tabs.List>
            <Tabs.Panel value="face">
              <FaceCapture device={device} />
            </Tabs.Panel>
            <Tabs.Panel value="card">
              <CardCapture device={device} />
            </Tabs.Panel>
            <Tabs.Panel value="fingerprint">
              <FingerprintCapture />
            </Tabs.Panel>
            <Tabs.Panel value="iris">
              <IrisCapture />
            </Tabs.Panel>
          </Tabs>
        </Paper>
      )}
    </Stack>
  )
}
