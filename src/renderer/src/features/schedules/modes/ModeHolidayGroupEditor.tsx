// A holiday group of the Verify or DoorStatus family: the holiday plans a template follows on
// their dates. Saved in the station; "Write to terminals" sends it (…HolidayGroupCfg).
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ModeFamily, ModeHolidayGroupDef, ModeHolidayPlanDef } from '@shared/model'
import type { AppError } from '@shared/result'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { useScheduleModes } from './modes-store'
import { useErrorDetail } from '../../../lib/error-text'

export function ModeHolidayGroupEditor({
  family,
  group,
  plans,
  nextNo,
  onClose,
}: {
  family: ModeFamily
  group: ModeHolidayGroupDef | null
  plans: ModeHolidayPlanDef[]
  nextNo: number
  onClose: () => void
}) {
  const { t } = useScheduleModesText()
  const errorDetail = useErrorDetail()
  const { t: tc } = useTranslation()
  const save = useScheduleModes((s) => s.saveHolidayGroup)
  const [no, setNo] = useState<number>(group?.groupNo ?? nextNo)
  const [name, setName] = useState(group?.name ?? '')
  const [chosen, setChosen] = useState<string[]>(
    (group?.holidayPlanNos ?? []).map((n) => String(n)),
  )
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    setBusy(true)
    const r = await save({ family, groupNo: no, name, holidayPlanNos: chosen.map(Number) })
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
      title={`${t('holiday.groupTitle')} · ${t(`familyTabs.${family}`)}`}
      centered
    >
      <Stack gap="sm" data-testid="mode-group-editor">
        <NumberInput
          label={t('editor.number')}
          min={1}
          max={1024}
          value={no}
          onChange={(v) => setNo(Number(v) || 1)}
          disabled={group !== null}
        />
        <TextInput
          label={t('editor.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
        <MultiSelect
          label={t('holiday.plans')}
          data={plans.map((p) => ({
            value: String(p.planNo),
            label: `${p.planNo} · ${p.name} (${p.beginDate} – ${p.endDate})`,
          }))}
          value={chosen}
          onChange={setChosen}
          maxValues={64}
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
          <Button
            loading={busy}
            onClick={() => void submit()}
            disabled={!name.trim() || chosen.length === 0}
          >
            {t('editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
