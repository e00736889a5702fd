import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import type {
  ModeFamily,
  ModeHolidayGroupDef,
  ModeTemplateDef,
  ModeWeekPlanDef,
} from '@shared/model'
import type { AppError } from '@shared/result'
import { notify } from '../../../lib/notify'
import { useScheduleModes } from './modes-store'
import { useErrorDetail } from '../../../lib/error-text'

/**
 * A template of one family: the week plan a reader or door bound to it follows, and the holiday
 * groups whose plans take over on their dates.
 */
export function ModeTemplateEditor({
  family,
  template,
  weekPlans,
  holidayGroups,
  nextNo,
  onClose,
}: {
  family: ModeFamily
  template: ModeTemplateDef | null
  weekPlans: ModeWeekPlanDef[]
  holidayGroups: ModeHolidayGroupDef[]
  nextNo: number
  onClose: () => void
}) {
  const { t } = useScheduleModesText()
  const errorDetail = useErrorDetail()
  const { t: tc } = useTranslation()
  const save = useScheduleModes((s) => s.saveTemplate)
  const [no, setNo] = useState<number>(template?.templateNo ?? nextNo)
  const [name, setName] = useState(template?.name ?? '')
  const [week, setWeek] = useState<string | null>(
    String(template?.weekPlanNo ?? weekPlans[0]?.planNo ?? ''),
  )
  const [groups, setGroups] = useState<string[]>(
    (template?.holidayGroupNos ?? []).map((n) => String(n)),
  )
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    setBusy(true)
    const r = await save({
      family,
      templateNo: no,
      name,
      weekPlanNo: Number(week),
      holidayGroupNos: groups.map(Number),
    })
    setBusy(false)
    if (r.ok) {
      notify({ color: 'green', message: t('editor.saved') })
      onClose()
    } else setError(r.error)
  }
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      onClose={onClose}
      title={`${t('editor.templateTitle')} · ${t(`familyTabs.${family}`)}`}
      centered
    >
      <Stack gap="sm">
        <NumberInput
          label={t('editor.number')}
          min={1}
          max={1024}
          value={no}
          onChange={(v) => setNo(Number(v) || 1)}
          disabled={template !== null}
        />
        <TextInput
          label={t('editor.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
        <Select
          label={t('editor.weekPlan')}
          data={weekPlans.map((p) => ({
            value: String(p.planNo),
            label: `${p.planNo} · ${p.name}`,
          }))}
          value={week}
          onChange={setWeek}
          allowDeselect={false}
        />
        <MultiSelect
          label={t('holiday.groups')}
          placeholder={holidayGroups.length ? undefined : t('holiday.none')}
          data={holidayGroups.map((g) => ({
            value: String(g.groupNo),
            label: `${g.groupNo} · ${g.name}`,
          }))}
          value={groups}
          onChange={setGroups}
          disabled={holidayGroups.length === 0}
          maxValues={16}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        {error && (
          <Text c="red" size="sm" role="alert">
            {errorDetail(error)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('editor.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} disabled={!name.trim() || !week}>
            {t('editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
