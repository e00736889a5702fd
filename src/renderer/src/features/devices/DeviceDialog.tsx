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
import { useDevicesText } from '../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import { activationPasswordProblem } from '@shared/password-rules'
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
  const { t } = useDevicesText()
  const { t: tc } = useTranslation()
  const explain = useDeviceProblem()
  const { add, update, activate } = useDevices.getState()
  const [draft, setDraft] = useState<Draft>(blank)
  const [problem, setProblem] = useState<string | null>(null)
  // a factory-new terminal answers NOT_ACTIVATED: offer to activate it with a new admin password
  const [activating, setActivating] = useState<'offer' | 'form' | null>(null)
  const [confirm, setConfirm] = useState('')
  const [busy, run] = useBusy()
  useEffect(() => {
    if (opened) {
      setDraft(device ? fromDevice(device) : blank)
      setProblem(null)
      setActivating(null)
      setConfirm('')
    }
  }, [opened, device])

  const field =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }))

  const passwordProblem = activating === 'form' ? activationPasswordProblem(draft.password) : null
  const submit = async () => {
    const input = { ...draft, name: draft.name.trim(), host: draft.host.trim() }
    const r = await run(() => {
      if (activating === 'form') return activate(input)
      if (!device) return add(input)
      const { password, ...rest } = input
      return update(device.id, password ? input : rest)
    })
    if (!r.ok) {
      if (!device && r.error.code === 'NOT_ACTIVATED') setActivating('offer')
      return setProblem(explain(r.error, `${input.host}:${input.port}`))
    }
    notify({
      color: 'green',
      message: t(device ? 'saved' : 'added', { name: r.value.name }),
    })
    onClose()
  }

  const ready =
    draft.name.trim() &&
    draft.host.trim() &&
    draft.username &&
    (device || draft.password) &&
    (activating !== 'form' || (!passwordProblem && confirm === draft.password))
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={device ? t('dialog.editTitle', { name: device.name }) : t('dialog.addTitle')}
      centered
      closeButtonProps={{ 'aria-label': tc('common.close') }}
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
            label={t('dialog.name')}
            placeholder={t('dialog.namePlaceholder')}
            value={draft.name}
            onChange={(e) => field('name')(e.currentTarget.value)}
            required
            data-autofocus
            maxLength={64}
          />
          <Group align="flex-start" grow wrap="nowrap">
            <TextInput
              label={t('dialog.host')}
              placeholder={t('dialog.hostPlaceholder')}
              value={draft.host}
              onChange={(e) => field('host')(e.currentTarget.value)}
              required
              style={{ flex: 2 }}
              autoComplete="off"
            />
            <NumberInput
              label={t('dialog.port')}
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
              {t('dialog.protocol')}
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
              label={t('dialog.username')}
              value={draft.username}
              onChange={(e) => field('username')(e.currentTarget.value)}
              required
              autoComplete="off"
            />
            <PasswordInput
              label={activating === 'form' ? t('activation.newPassword') : t('dialog.password')}
              description={
                activating === 'form'
                  ? t('activation.rules')
                  : device
                    ? t('dialog.passwordKeep')
                    : undefined
              }
              error={
                activating === 'form' && draft.password && passwordProblem
                  ? t(`activation.problem.${passwordProblem}`)
                  : undefined
              }
              value={draft.password}
              onChange={(e) => field('password')(e.currentTarget.value)}
              required={!device}
              autoComplete="new-password"
              visibilityToggleButtonProps={{ 'aria-label': t('dialog.showPassword') }}
            />
          </Group>
          {activating === 'form' && (
            <PasswordInput
              label={t('activation.confirm')}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={confirm && confirm !== draft.password ? t('activation.differ') : undefined}
              autoComplete="new-password"
              visibilityToggleButtonProps={{ 'aria-label': t('dialog.showPassword') }}
            />
          )}
          <TextInput
            label={t('dialog.site')}
            description={t('dialog.siteHint')}
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
              {activating === 'offer' && (
                <Button
                  mt="sm"
                  size="xs"
                  variant="light"
                  onClick={() => {
                    setActivating('form')
                    setProblem(null)
                    setDraft((d) => ({ ...d, username: 'admin', password: '' }))
                  }}
                >
                  {t('activation.offer')}
                </Button>
              )}
            </Alert>
          )}
          {activating === 'form' && (
            <Text size="sm" data-testid="activation-hint">
              {t('activation.hint')}
            </Text>
          )}
          <Text size="xs" c="dimmed" role="status">
            {busy ? t('dialog.checking') : t('dialog.oneAttempt')}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!ready}>
              {activating === 'form'
                ? t('activation.submit')
                : device
                  ? t('dialog.checkAndSave')
                  : t('dialog.checkAndAdd')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
