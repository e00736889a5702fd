import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconPlugConnectedX } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Device } from '../../../../shared/model'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { useDeviceProblem } from './device-problem'
import { useDevices, type DeviceInput } from './store'

type Draft = Omit<DeviceInput, 'port' | 'site'> & { port: number; site: string }

const blank: Draft = {
  name: '',
  host: '',
  port: 80,
  protocol: 'http',
  username: 'admin',
  password: '',
  site: '',
}

const fromDevice = (d: Device): Draft => ({
  name: d.name,
  host: d.host,
  port: d.port,
  protocol: d.protocol,
  username: d.username,
  password: '',
  site: d.site,
})

/** Add or edit a terminal; the station checks the login once before it saves anything. */
export function DeviceDialog({
  device,
  opened,
  onClose,
}: {
  device: Device | null
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const explain = useDeviceProblem()
  const { add, update } = useDevices.getState()
  const [draft, setDraft] = useState<Draft>(blank)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, run] = useBusy()
  useEffect(() => {
    if (opened) {
      setDraft(device ? fromDevice(device) : blank)
      setProblem(null)
    }
  }, [opened, device])

  const field =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }))

  const submit = async () => {
    const input = { ...draft, name: draft.name.trim(), host: draft.host.trim() }
    const r = await run(() => {
      if (!device) return add(input)
      const { password, ...rest } = input
      return update(device.id, password ? input : rest)
    })
    if (!r.ok) return setProblem(explain(r.error, `${input.host}:${input.port}`))
    notify({
      color: 'green',
      message: t(device ? 'devices.saved' : 'devices.added', { name: r.value.name }),
    })
    onClose()
  }

  const ready =
    draft.name.trim() && draft.host.trim() && draft.username && (device || draft.password)
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        device ? t('devices.dialog.editTitle', { name: device.name }) : t('devices.dialog.addTitle')
      }
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (ready && !busy) void submit()
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('devices.dialog.name')}
            placeholder={t('devices.dialog.namePlaceholder')}
            value={draft.name}
            onChange={(e) => field('name')(e.currentTarget.value)}
            required
            data-autofocus
            maxLength={64}
          />
          <Group align="flex-start" grow wrap="nowrap">
            <TextInput
              label={t('devices.dialog.host')}
              placeholder={t('devices.dialog.hostPlaceholder')}
              value={draft.host}
              onChange={(e) => field('host')(e.currentTarget.value)}
              required
              style={{ flex: 2 }}
              autoComplete="off"
            />
            <NumberInput
              label={t('devices.dialog.port')}
              value={draft.port}
              onChange={(v) => field('port')(typeof v === 'number' ? v : Number(v) || 80)}
              min={1}
              max={65535}
              allowDecimal={false}
              required
            />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="device-protocol-label">
              {t('devices.dialog.protocol')}
            </Text>
            <SegmentedControl
              aria-labelledby="device-protocol-label"
              value={draft.protocol}
              onChange={(v) => {
                const protocol = v as Draft['protocol']
                setDraft((d) => ({
                  ...d,
                  protocol,
                  port:
                    d.port === 80 && protocol === 'https'
                      ? 443
                      : d.port === 443 && protocol === 'http'
                        ? 80
                        : d.port,
                }))
              }}
              data={[
                { value: 'http', label: 'HTTP' },
                { value: 'https', label: 'HTTPS' },
              ]}
              w="fit-content"
            />
          </Stack>
          <Group align="flex-start" grow wrap="nowrap">
            <TextInput
              label={t('devices.dialog.username')}
              value={draft.username}
              onChange={(e) => field('username')(e.currentTarget.value)}
              required
              autoComplete="off"
            />
            <PasswordInput
              label={t('devices.dialog.password')}
              description={device ? t('devices.dialog.passwordKeep') : undefined}
              value={draft.password}
              onChange={(e) => field('password')(e.currentTarget.value)}
              required={!device}
              autoComplete="new-password"
              visibilityToggleButtonProps={{ 'aria-label': t('devices.dialog.showPassword') }}
            />
          </Group>
          <TextInput
            label={t('devices.dialog.site')}
            description={t('devices.dialog.siteHint')}
            value={draft.site}
            onChange={(e) => field('site')(e.currentTarget.value)}
            maxLength={64}
          />
          {problem && (
            <Alert
              role="alert"
              color="red"
              variant="light"
              icon={<IconPlugConnectedX size={18} aria-hidden />}
              data-testid="device-problem"
            >
              {problem}
            </Alert>
          )}
          <Text size="xs" c="dimmed" role="status">
            {busy ? t('devices.dialog.checking') : t('devices.dialog.oneAttempt')}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!ready}>
              {device ? t('devices.dialog.checkAndSave') : t('devices.dialog.checkAndAdd')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
