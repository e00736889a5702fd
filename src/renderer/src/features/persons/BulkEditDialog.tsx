// Bulk edit: every field starts at "keep as it is"; only what the user changes is sent, for the
// count shown on the button (the station changes nothing when the selection names another
// number by then). One transaction on the station; continuous apply takes it from there.
import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import type { ArgsOf } from '@shared/api'
import { USER_TYPES, type UserType } from '@shared/model'
import type { AppError } from '@shared/result'
import { usePersonListText, usePersonsText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { usePersonsList } from './list-store'
import { selectionArg, useSelection } from './selection-store'

type Changes = ArgsOf<'persons.bulkEdit'>['set']
const NO_DEPARTMENT = '\u0000'

export function BulkEditDialog({ count, onClose }: { count: number; onClose(): void }) {
  const { t } = usePersonListText()
  const { t: tc } = useTranslation()
  const { t: tp } = usePersonsText()
  const errorText = useErrorText()
  const departments = usePersonsList((s) => s.departments)
  const [busy, run] = useBusy()
  const [error, setError] = useState<AppError | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [department, setDepartment] = useState<string | null>(null)
  const [validity, setValidity] = useState<'keep' | 'always' | 'period'>('keep')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [userType, setUserType] = useState<UserType | null>(null)
  const [plan, setPlan] = useState('')
  const [addGroups, setAddGroups] = useState<string[]>([])
  const [removeGroups, setRemoveGroups] = useState<string[]>([])

  const changes = (): Changes | string => {
    const set: Changes = {}
    if (department !== null) set.department = department === NO_DEPARTMENT ? '' : department
    if (validity === 'always') set.valid = { enable: false }
    if (validity === 'period') {
      if (!from || !to || to < from) return t('bulk.badPeriod')
      set.valid = { enable: true, beginTime: `${from}T00:00:00`, endTime: `${to}T23:59:59` }
    }
    if (userType) set.userType = userType
    if (plan.trim()) set.planTemplateNo = plan.trim()
    if (addGroups.length) set.addGroups = addGroups
    if (removeGroups.length) set.removeGroups = removeGroups
    return Object.keys(set).length ? set : t('bulk.nothing')
  }

  const apply = async () => {
    const set = changes()
    if (typeof set === 'string') return setProblem(set)
    setProblem(null)
    const r = await run(() =>
      station.persons.bulkEdit({ selection: selectionArg(), expected: count, set }),
    )
    if (!r.ok) return setError(r.error)
    notify({ color: 'green', message: t('bulk.done', { count, n: count }) })
    useSelection.getState().clear()
    onClose()
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('bulk.title', { count, n: count })}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('bulk.intro')}
        </Text>
        <Select
          label={t('bulk.department')}
          placeholder={t('bulk.keep')}
          data={[
            { value: NO_DEPARTMENT, label: t('bulk.noDepartment') },
            ...departments.map((d) => ({ value: d.path, label: d.path })),
          ]}
          value={department}
          onChange={setDepartment}
          clearable
          searchable
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="bulk-validity">
            {t('bulk.validity')}
          </Text>
          <SegmentedControl
            aria-labelledby="bulk-validity"
            value={validity}
            onChange={(v) => setValidity(v as typeof validity)}
            data={[
              { value: 'keep', label: t('bulk.keep') },
              { value: 'always', label: t('bulk.validityAlways') },
              { value: 'period', label: t('bulk.validityPeriod') },
            ]}
          />
          {validity === 'period' && (
            <Group mt="xs" grow>
              <TextInput
                type="date"
                label={t('bulk.from')}
                value={from}
                onChange={(e) => setFrom(e.currentTarget.value)}
              />
              <TextInput
                type="date"
                label={t('bulk.to')}
                value={to}
                onChange={(e) => setTo(e.currentTarget.value)}
              />
            </Group>
          )}
        </div>
        <Select
          label={t('bulk.userType')}
          placeholder={t('bulk.keep')}
          data={USER_TYPES.map((v) => ({ value: v, label: tp(`userType.${v}`) }))}
          value={userType}
          onChange={(v) => setUserType(v as UserType | null)}
          clearable
        />
        <TextInput
          label={t('bulk.plan')}
          placeholder={t('bulk.keep')}
          description={t('bulk.planHint')}
          value={plan}
          onChange={(e) => setPlan(e.currentTarget.value)}
        />
        <TagsInput
          label={t('bulk.addGroups')}
          placeholder={t('bulk.keep')}
          value={addGroups}
          onChange={setAddGroups}
        />
        <TagsInput
          label={t('bulk.removeGroups')}
          placeholder={t('bulk.keep')}
          value={removeGroups}
          onChange={setRemoveGroups}
        />
        {problem && (
          <Text size="sm" c="red" role="alert">
            {problem}
          </Text>
        )}
        {error && (
          <Alert color="red" title={errorText(error).title}>
            {errorText(error).words}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button loading={busy} onClick={() => void apply()}>
            {t('bulk.apply', { count, n: count })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
