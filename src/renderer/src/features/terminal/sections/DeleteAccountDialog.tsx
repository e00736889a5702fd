// Deleting one device account (an operator or viewer): a confirmation naming the account and
// the terminal; the terminal's answer (or the station's refusal) is shown in the dialog.
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AccountView, AccountsView } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useTerminalOpsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { SectionProblem } from './SectionProblem'

export function DeleteAccountDialog({
  device,
  account,
  onClose,
  onDone,
}: {
  device: Device
  account: AccountView | null
  onClose: () => void
  onDone: (v: AccountsView) => void
}) {
  const { t } = useTerminalOpsText()
  const { t: tc } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const close = () => {
    if (busy) return
    setError(null)
    onClose()
  }
  const remove = async () => {
    if (!account) return
    setBusy(true)
    const r = await station.accounts.remove({ id: device.id, accountId: account.id })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    setError(null)
    notify({ color: 'green', message: t('accounts.deleted', { user: account.userName }) })
    onDone(r.value)
  }
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      opened={account !== null}
      onClose={close}
      title={t('accounts.deleteTitle', { user: account?.userName ?? '' })}
      closeOnClickOutside={!busy}
    >
      <Stack gap="sm" data-testid="delete-account-dialog">
        <Text size="sm">
          {t('accounts.deleteBody', { user: account?.userName ?? '', name: device.name })}
        </Text>
        <SectionProblem error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('accounts.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void remove()}>
            {t('accounts.deleteConfirm', { user: account?.userName ?? '' })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
