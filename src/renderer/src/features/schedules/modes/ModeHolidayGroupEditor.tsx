// A holiday group of the Verify or DoorStatus family: the holiday plans a template follows on
// their dates. Saved in the station; "Write to terminals" sends it (…HolidayGroupCfg).
import { MultiSelect } from '@mantine/core'
import { useState } from 'react'
import type { ModeFamily, ModeHolidayGroupDef, ModeHolidayPlanDef } from '@shared/model'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import { ModeEditorFrame } from './ModeEditorFrame'
import { useScheduleModes } from './modes-store'

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
  const save = useScheduleModes((s) => s.saveHolidayGroup)
  const [no, setNo] = useState<number>(group?.groupNo ?? nextNo)
  const [name, setName] = useState(group?.name ?? '')
  const [chosen, setChosen] = useState<string[]>(
    (group?.holidayPlanNos ?? []).map((n) => String(n)),
  )

  return (
    <ModeEditorFrame
      title={`${t('holiday.groupTitle')} · ${t(`familyTabs.${family}`)}`}
      testId="mode-group-editor"
      no={no}
      onNo={setNo}
      fixedNumber={group !== null}
      name={name}
      onName={setName}
      canSave={chosen.length > 0}
      save={() => save({ family, groupNo: no, name, holidayPlanNos: chosen.map(Number) })}
      onClose={onClose}
    >
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
    </ModeEditorFrame>
  )
}
