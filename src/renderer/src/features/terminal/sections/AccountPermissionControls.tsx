// Device accounts, continued: the remote-configuration switch of one limited account (the
// administrator's permissions are fixed, shown as text) and the login check of the station's
// own account (does the terminal call its password weak or the factory default?).
import { Alert, Button, Group, Switch } from '@mantine/core'
import { useState } from 'react'
import type { LoginCheckView } from '@shared/contract/account-permissions'
import type { AccountView, AccountsView } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useTerminalOpsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { SectionProblem } from './SectionProblem'

export function RemoteConfigCell({
  device,
  account,
  onDone,
}: {
  device: Device
  account: AccountView
  onDone: (v: AccountsView) => void
}) {
  const { t } = useTerminalOpsText()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  if (account.parameterConfig === undefined) return <>—</>
  if (account.level === 'Administrator') return <>{t('accounts.yes')}</>
  const change = async (parameterConfig: boolean) => {
    setBusy(true)
    setError(null)
    const r = await station.accounts.setPermission({
      id: device.id,
      accountId: account.id,
      parameterConfig,
    })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    notify({ message: t('accounts.permissionSaved', { user: account.userName }), color: 'green' })
    onDone(r.value)
  }
  return (
    <>
      <Switch
        checked={account.parameterConfig}
        disabled={busy || device.health !== 'online'}
        aria-label={t('accounts.grantFor', { user: account.userName })}
        label={account.parameterConfig ? t('accounts.yes') : t('accounts.no')}
        onChange={(e) => void change(e.currentTarget.checked)}
      />
      <SectionProblem error={error} />
    </>
  )
}

export function LoginCheck({ device }: { device: Device }) {
  const { t } = useTerminalOpsText()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<LoginCheckView | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const check = async () => {
    setBusy(true)
    setError(null)
    const r = await station.accounts.loginCheck({ id: device.id })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    setResult(r.value)
  }
  const weak = result && (result.defaultPassword || result.riskPassword)
  return (
    <>
      <Group>
        <Button
          size="xs"
          variant="default"
          loading={busy}
          disabled={device.health !== 'online'}
          onClick={() => void check()}
        >
          {t('accounts.loginCheck')}
        </Button>
      </Group>
      {result && (
        <Alert color={weak ? 'yellow' : 'green'} data-testid="login-check">
          {result.defaultPassword
            ? t('accounts.loginDefault', { user: result.userName })
            : result.riskPassword
              ? t('accounts.loginRisk', { user: result.userName })
              : t('accounts.loginOk', { user: result.userName })}
        </Alert>
      )}
      <SectionProblem error={error} />
    </>
  )
}
