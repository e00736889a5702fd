// Device accounts: list, add a limited operator / viewer, change a password, delete an operator
// or viewer (never the administrator nor the station's own account). Passwords are only
// sent over HTTPS (the station refuses otherwise); for the station's own account the station
// keeps the new password.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AccountView, AccountsView } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useTerminalOpsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { DeleteAccountDialog } from './DeleteAccountDialog'
import { LoginCheck, RemoteConfigCell } from './AccountPermissionControls'
import { AccountRightsEditor } from './AccountRightsEditor'
import { SectionProblem } from './SectionProblem'
import { useLoad } from './use-load'

type Dialog = { kind: 'add' } | { kind: 'password'; account: AccountView } | null

export function AccountsSection({ device }: { device: Device }) {
  const { t } = useTerminalOpsText()
  const accounts = useLoad(() => station.accounts.list({ id: device.id }), device.id)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [deleting, setDeleting] = useState<AccountView | null>(null)
  const v: AccountsView | null = accounts.value
  const levelText = (l: string) =>
    l === 'Administrator' || l === 'Operator' || l === 'Viewer' ? t(`accounts.levels.${l}`) : l
  return (
    <Stack gap="md" data-testid="accounts-section">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('accounts.title')}
        </Title>
        <Button
          size="xs"
          onClick={() => setDialog({ kind: 'add' })}
          disabled={
            device.health !== 'online' ||
            !v?.secureChannel ||
            (v ? v.accounts.length >= v.maxAccounts : true)
          }
        >
          {t('accounts.add')}
        </Button>
      </Group>
      {v && !v.secureChannel && (
        <Text size="sm" c="dimmed" data-testid="accounts-insecure">
          {t('accounts.insecure')}
        </Text>
      )}
      <LoginCheck device={device} />
      <SectionProblem error={accounts.error} />
      {v && (
        <Table aria-label={t('accounts.title')} data-testid="accounts-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('accounts.user')}</Table.Th>
              <Table.Th scope="col">{t('accounts.level')}</Table.Th>
              <Table.Th scope="col">{t('accounts.remoteConfig')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('accounts.changePassword')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {v.accounts.map((a) => (
              <Table.Tr key={a.id} data-testid={`account-${a.userName}`}>
                <Table.Th scope="row">
                  <Group gap={6}>
                    <span className="mono">{a.userName}</span>
                    {a.isStation && (
                      <Badge size="sm" variant="dot" tt="none">
                        {t('accounts.station')}
                      </Badge>
                    )}
                  </Group>
                </Table.Th>
                <Table.Td>{levelText(a.level)}</Table.Td>
                <Table.Td>
                  <RemoteConfigCell device={device} account={a} onDone={accounts.setValue} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      disabled={!v.secureChannel || device.health !== 'online'}
                      aria-label={t('accounts.changePasswordFor', { user: a.userName })}
                      onClick={() => setDialog({ kind: 'password', account: a })}
                    >
                      {t('accounts.changePassword')}
                    </Button>
                    {a.level !== 'Administrator' && !a.isStation && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="red"
                        disabled={!v.secureChannel || device.health !== 'online'}
                        aria-label={t('accounts.deleteFor', { user: a.userName })}
                        onClick={() => setDeleting(a)}
                      >
                        {t('accounts.delete')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <DeleteAccountDialog
        device={device}
        account={deleting}
        onClose={() => setDeleting(null)}
        onDone={(next) => {
          accounts.setValue(next)
          setDeleting(null)
        }}
      />
      {v && (
        <AccountDialog
          device={device}
          view={v}
          dialog={dialog}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            accounts.setValue(next)
            setDialog(null)
          }}
        />
      )}
      {v && (
        <AccountRightsEditor
          key={v.accounts.map((a) => `${a.id}:${a.level}:${a.parameterConfig}`).join()}
          device={device}
        />
      )}
    </Stack>
  )
}

function AccountDialog({
  device,
  view,
  dialog,
  onClose,
  onDone,
}: {
  device: Device
  view: AccountsView
  dialog: Dialog
  onClose: () => void
  onDone: (v: AccountsView) => void
}) {
  const { t } = useTerminalOpsText()
  const { t: tc } = useTranslation()
  const [userName, setUserName] = useState('')
  const [level, setLevel] = useState<'Operator' | 'Viewer'>('Operator')
  const [password, setPassword] = useState('')
  const [again, setAgain] = useState('')
  const [grant, setGrant] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const reset = () => {
    setUserName('')
    setPassword('')
    setAgain('')
    setGrant(false)
    setError(null)
  }
  const close = () => {
    if (busy) return
    reset()
    onClose()
  }
  const mismatch = again.length > 0 && again !== password
  const submit = async () => {
    if (!dialog || mismatch || !password) return
    setBusy(true)
    const r =
      dialog.kind === 'add'
        ? await station.accounts.add({
            id: device.id,
            userName,
            level,
            password,
            parameterConfig: grant,
          })
        : await station.accounts.setPassword({
            id: device.id,
            accountId: dialog.account.id,
            password,
          })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    notify({
      color: 'green',
      message:
        dialog.kind === 'add'
          ? t('accounts.added', { user: userName, name: device.name })
          : t('accounts.changed', { user: dialog.account.userName }),
    })
    reset()
    onDone(r.value)
  }
  const title =
    dialog?.kind === 'password'
      ? t('accounts.changePasswordOf', { user: dialog.account.userName })
      : t('accounts.addTitle')
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      opened={dialog !== null}
      onClose={close}
      title={title}
      closeOnClickOutside={!busy}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <Stack gap="sm">
          {dialog?.kind === 'add' && (
            <>
              <TextInput
                label={t('accounts.user')}
                value={userName}
                onChange={(e) => setUserName(e.currentTarget.value)}
                required
                maxLength={32}
                autoComplete="off"
              />
              <SegmentedControl
                aria-label={t('accounts.level')}
                value={level}
                onChange={(x) => setLevel(x as 'Operator' | 'Viewer')}
                data={[
                  { value: 'Operator', label: t('accounts.levels.Operator') },
                  { value: 'Viewer', label: t('accounts.levels.Viewer') },
                ]}
              />
              <Checkbox
                label={t('accounts.grantConfig')}
                checked={grant}
                onChange={(e) => setGrant(e.currentTarget.checked)}
              />
              <Text size="xs" c="dimmed">
                {t('accounts.limitsNote')}
              </Text>
            </>
          )}
          {dialog?.kind === 'password' && dialog.account.isStation && (
            <Alert color="blue">{t('accounts.stationFollows')}</Alert>
          )}
          <PasswordInput
            label={t('accounts.password')}
            description={t('accounts.passwordHint', view.passwordLength)}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            required
            autoComplete="new-password"
          />
          <PasswordInput
            label={t('accounts.passwordAgain')}
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            error={mismatch ? t('accounts.mismatch') : undefined}
            required
            autoComplete="new-password"
          />
          <SectionProblem error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('accounts.cancel')}
            </Button>
            <Button
              type="submit"
              loading={busy}
              disabled={mismatch || !password || again !== password}
            >
              {t('accounts.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
