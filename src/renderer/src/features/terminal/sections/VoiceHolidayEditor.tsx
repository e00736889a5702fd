// One voice-prompt holiday plan, edited whole: enable, what is said before the text, the date
// range and the Success / Failure rows. Checked against the terminal's capability as it is typed
// (src/shared/voice-holiday-check.ts): Save stays off while anything is out of its range, so
// nothing out of range is ever sent; the terminal's own refusal is shown as it came.
import { Button, Group, Paper, Select, Stack, Switch, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import type { VoiceHolidayCapsView, VoiceHolidayPlan } from '@shared/contract/voice-holiday'
import type { AppError } from '@shared/result'
import { holidayPlanProblems } from '@shared/voice-holiday-check'
import { useVoiceText } from '../../../i18n/feature-hooks'
import { voiceEn } from '../../../i18n/voice.en'
import { useReasonWords } from '../../../lib/reason-words'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { SectionProblem } from './SectionProblem'
import { VoicePromptRows } from './VoicePromptRows'

type KnownPrefix = keyof typeof voiceEn.holiday.prefixes
const isKnown = (v: string): v is KnownPrefix => v in voiceEn.holiday.prefixes

export function VoiceHolidayEditor({
  deviceId,
  terminal,
  planId,
  initial,
  caps,
  canSend,
  onSaved,
  onClose,
}: {
  deviceId: string
  terminal: string
  planId: number
  initial: VoiceHolidayPlan
  caps: VoiceHolidayCapsView
  canSend: boolean
  onSaved: () => void
  onClose: () => void
}) {
  const { t } = useVoiceText()
  const words = useReasonWords()
  const [plan, setPlan] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const problems = holidayPlanProblems(terminal, planId, plan, caps)
  const problem = (field: string) => {
    const p = problems.find((x) => x.field === field)
    return p ? words(p.reason) : undefined
  }
  const prefixes = caps.prefixes ?? [plan.prefix]
  const save = async () => {
    setBusy(true)
    const r = await station.voice.setHolidayPlan({ deviceId, planId, plan })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    setError(null)
    setPlan(r.value)
    notify({ color: 'green', message: t('holiday.saved', { planId }) })
    onSaved()
  }
  const dateHint = caps.dates ? t('holiday.dateHint', caps.dates) : undefined
  return (
    <Paper withBorder radius="md" p="md" data-testid="voice-holiday-editor">
      <Stack gap="sm">
        <Title order={4} size="h5">
          {t('holiday.editing', { planId })}
        </Title>
        <SectionProblem error={error} />
        <Switch
          label={t('holiday.enable')}
          checked={plan.enable}
          onChange={(e) => setPlan({ ...plan, enable: e.currentTarget.checked })}
        />
        <Group align="start">
          <Select
            w={200}
            label={t('holiday.prefix')}
            value={plan.prefix}
            error={problem('prefix')}
            allowDeselect={false}
            data={prefixes.map((v) => ({
              value: v,
              label: isKnown(v) ? t(`holiday.prefixes.${v}`) : v,
            }))}
            onChange={(v) => v && setPlan({ ...plan, prefix: v })}
          />
          <TextInput
            w={230}
            label={t('holiday.beginDate')}
            description={dateHint}
            value={plan.beginDate}
            error={problem('beginDate')}
            onChange={(e) => setPlan({ ...plan, beginDate: e.currentTarget.value })}
          />
          <TextInput
            w={230}
            label={t('holiday.endDate')}
            description={dateHint}
            value={plan.endDate}
            error={problem('endDate')}
            onChange={(e) => setPlan({ ...plan, endDate: e.currentTarget.value })}
          />
        </Group>
        {(['success', 'failure'] as const).map((outcome) => (
          <VoicePromptRows
            key={outcome}
            outcome={outcome}
            rows={plan[outcome]}
            caps={caps[outcome]}
            problem={problem}
            onChange={(rows) => setPlan({ ...plan, [outcome]: rows })}
          />
        ))}
        <Group>
          <Button
            loading={busy}
            disabled={!canSend || problems.length > 0}
            onClick={() => void save()}
          >
            {t('holiday.save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('holiday.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
