// "Delete N persons?": the count the user confirms is sent along; the station removes nobody
// when the selection names another number by then.
import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import type { AppError } from '@shared/result'
import { usePersonListText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { selectionArg, useSelection } from './selection-store'

export function BulkRemoveDialog({ count, onClose }: { count: number; onClose(): void }) {
  const { t } = usePersonListText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const [busy, run] = useBusy()
  const [error, setError] = useState<AppError | null>(null)
  const remove = async () => {
    const r = await run(() =>
      station.persons.bulkRemove({ selection: selectionArg(), expected: count }),
    )
    if (!r.ok) return setError(r.error)
    notify({ color: 'green', message: t('removed', { count, n: count }) })
    useSelection.getState().clear()
    onClose()
  }
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('removeTitle', { count, n: count })}
      centered
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Text size="sm" mb="md">
        {t('removeBody')}
      </Text>
      {error && (
        <Alert color="red" mb="md" title={errorText(error).title}>
          {errorText(error).words}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void remove()}>
          {t('removeConfirm', { count, n: count })}
        </Button>
      </Group>
    </Modal>
  )
}
