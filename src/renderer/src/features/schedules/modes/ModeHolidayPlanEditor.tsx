// A holiday plan of the Verify or DoorStatus family: a date range and the segments (time span
// and mode) that hold on those dates instead of the week plan. Saved in the station; "Write to
// terminals" sends it (VerifyHolidayPlanCfg / DoorStatusHolidayPlanCfg).
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ModeFamily, ModeHolidayPlanDef, ModeSegment } from '@shared/model'
import type { AppError } from '@shared/result'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { useModeLabel } from './mode-label'
import { modeOptions } from './mode-options'
import { useScheduleModes } from './modes-store'
import { useErrorDetail } from '../../../lib/error-text'

const hhmm = (s: ModeSegment): ModeSegment => ({
  begin: s.begin.slice(0, 5),
  end: s.end.slice(0, 5),
  mode: s.mode,
})

export function ModeHolidayPlanEditor({
  family,
  plan,
  nextNo,
  onClose,
}: {
  family: ModeFamily
  plan: ModeHolidayPlanDef | null
  nextNo: number
  onClose: () => void
}) {
  const { t } = useScheduleModesText()
  const errorDetail = useErrorDetail()
  const { t: tc } = useTranslation()
  const save = useScheduleModes((s) => s.saveHolidayPlan)
  const label = useModeLabel(family)
  const [no, setNo] = useState<number>(plan?.planNo ?? nextNo)
  const [name, setName] = useState(plan?.name ?? '')
  const [beginDate, setBeginDate] = useState(plan?.beginDate ?? '')
  const [endDate, setEndDate] = useState(plan?.endDate ?? '')
  const [segments, setSegments] = useState<ModeSegment[]>(
    () =>
      plan?.segments.map(hhmm) ?? [{ begin: '00:00', end: '24:00', mode: modeOptions(family)[0]! }],
  )
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const setSegment = (i: number, patch: Partial<ModeSegment>) =>
    setSegments(segments.map((s, j) => (j === i ? { ...s, ...patch } : s)))

  const submit = async () => {
    setBusy(true)
    const r = await save({ family, planNo: no, name, beginDate, endDate, segments })
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
      title={`${t('holiday.planTitle')} · ${t(`familyTabs.${family}`)}`}
      size="lg"
      centered
    >
      <Stack gap="sm" data-testid="mode-holiday-editor">
        <Group grow>
          <NumberInput
            label={t('editor.number')}
            min={1}
            max={1024}
            value={no}
            onChange={(v) => setNo(Number(v) || 1)}
            disabled={plan !== null}
          />
          <TextInput
            label={t('editor.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
          />
        </Group>
        <Group grow>
          <TextInput
            type="date"
            label={t('holiday.beginDate')}
            value={beginDate}
            onChange={(e) => setBeginDate(e.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label={t('holiday.endDate')}
            value={endDate}
            min={beginDate || undefined}
            onChange={(e) => setEndDate(e.currentTarget.value)}
            required
          />
        </Group>
        <Text size="sm">{t('holiday.segmentsHint')}</Text>
        {segments.map((s, i) => (
          <Group key={i} gap="xs" align="end" data-testid="mode-holiday-segment">
            <TextInput
              label={t('editor.begin')}
              w={90}
              value={s.begin}
              onChange={(e) => setSegment(i, { begin: e.currentTarget.value })}
            />
            <TextInput
              label={t('editor.end')}
              w={90}
              value={s.end}
              onChange={(e) => setSegment(i, { end: e.currentTarget.value })}
            />
            <Select
              label={t(`modeLabel.${family}`)}
              w={240}
              data={modeOptions(family).map((m) => ({ value: m, label: label(m) }))}
              value={s.mode}
              onChange={(v) => v && setSegment(i, { mode: v })}
              allowDeselect={false}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('editor.removeSegment', { n: i + 1 })}
              onClick={() => setSegments(segments.filter((_, j) => j !== i))}
              mb={4}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() =>
              setSegments([
                ...segments,
                { begin: '00:00', end: '24:00', mode: modeOptions(family)[0]! },
              ])
            }
          >
            {t('editor.addSegment')}
          </Button>
        </Group>
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
            disabled={!name.trim() || !beginDate || !endDate}
          >
            {t('editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
