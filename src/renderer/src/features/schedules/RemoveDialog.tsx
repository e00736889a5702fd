import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { ScheduleObjectKind } from '@shared/model'
import type { AppError } from '@shared/result'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { ErrorNotice } from '../shell/ErrorNotice'
import { useSchedules } from './store'
import { inUse, usedBy, type UsedBy } from './usage'

export interface RemoveTarget {
  kind: ScheduleObjectKind
  no: number
  name: string
}

/**
 * Asks before removing a definition. Something still referred to is not offered for removal:
 * the dialog says what refers to it and what to change first (the same answer the station gives
 * when it refuses, which it still may if a person was given the template meanwhile).
 */
export function RemoveDialog({ target, onClose }: { target: RemoveTarget; onClose(): void }) {
  const { t } = useSchedulesText()
  const { t: tc } = useTranslation()
  const { roster, usage, remove } = useSchedules(
    useShallow((s) => ({ roster: s.roster, usage: s.usage, remove: s.remove })),
  )
  const [refused, setRefused] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, run] = useBusy()
  const thing = t(`thing.${target.kind}`, { no: target.no })
  const used = roster ? usedBy(roster, usage, target.kind, target.no) : null
  const blocked = refused || (used !== null && inUse(used))

  const confirm = async () => {
    const r = await run(() => remove(target.kind, target.no))
    if (r.ok) {
      notify({ color: 'green', message: t('removed', { thing }) })
      onClose()
    } else if (r.error.code === 'CONFLICT') setRefused(true)
    else setFailure(r.error)
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={blocked ? t('removal.inUseTitle', { thing }) : t('removal.title', { thing })}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm" data-testid="remove-dialog">
        {blocked ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconLock size={18} aria-hidden />}
            role="alert"
          >
            {refused && (
              <Text size="sm" fw={500} mb={4}>
                {t('removal.refused')}
              </Text>
            )}
            <Text size="sm">{t('removal.inUseBody')}</Text>
            {used && <UsedList used={used} />}
            <Text size="sm" mt={6}>
              {t(`removal.advice.${target.kind}`)}
            </Text>
          </Alert>
        ) : (
          <Text size="sm">{t('removal.body', { name: target.name })}</Text>
        )}
        {failure && <ErrorNotice error={failure} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            {blocked ? tc('common.close') : tc('common.cancel')}
          </Button>
          {!blocked && (
            <Button color="red" loading={busy} onClick={() => void confirm()}>
              {t('removal.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}

function UsedList({ used }: { used: UsedBy }) {
  const { t } = useSchedulesText()
  const list = used.employeeNos.join(', ')
  return (
    <List size="sm" mt={4} data-testid="used-by-list">
      {used.refs.map((r) => (
        <List.Item key={`${r.kind}-${r.no}`}>
          {t(`removal.ref.${r.kind === 'template' ? 'template' : 'holidayGroup'}`, {
            no: r.no,
            name: r.name,
          })}
        </List.Item>
      ))}
      {used.persons > 0 && (
        <List.Item>
          {t('removal.persons', {
            count: used.persons,
            list: used.persons > used.employeeNos.length ? t('removal.more', { list }) : list,
          })}
        </List.Item>
      )}
    </List>
  )
}
