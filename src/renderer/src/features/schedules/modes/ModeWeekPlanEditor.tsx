// A reader-authentication or door-status week plan: segments, each for some weekdays with a time
// span and the mode that holds during it. Saved as the station's week plan (days → segments).
import {
  ActionIcon,
  Button,
  Chip,
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
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import { WEEKDAYS, type ModeFamily, type ModeWeekPlanDef, type Weekday } from '@shared/model'
import type { AppError } from '@shared/result'
import { notify } from '../../../lib/notify'
import { useModeLabel } from './mode-label'
import { modeOptions } from './mode-options'
import { useScheduleModes } from './modes-store'
import { useErrorDetail } from '../../../lib/error-text'

interface Row {
  days: Weekday[]
  begin: string
  end: string
  mode: string
}

/** Segments grouped back into rows: the same span and mode on several days is one row. */
function rowsOf(plan: ModeWeekPlanDef | null, family: ModeFamily): Row[] {
  if (!plan)
    return [
      {
        days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
        begin: '08:00',
        end: '18:00',
        mode: modeOptions(family)[0]!,
      },
    ]
  const rows: Row[] = []
  for (const d of WEEKDAYS)
    for (const s of plan.days[d] ?? []) {
      const b = s.begin.slice(0, 5)
      const e = s.end.slice(0, 5)
      const same = rows.find((r) => r.begin === b && r.end === e && r.mode === s.mode)
      if (same) same.days.push(d)
      else rows.push({ days: [d], begin: b, end: e, mode: s.mode })
    }
  return rows
}

export function ModeWeekPlanEditor({
  family,
  plan,
  nextNo,
  onClose,
}: {
  family: ModeFamily
  plan: ModeWeekPlanDef | null
  nextNo: number
  onClose: () => void
}) {
  const { t } = useScheduleModesText()
  const errorDetail = useErrorDetail()
  const { t: tc } = useTranslation()
  const save = useScheduleModes((s) => s.saveWeekPlan)
  const label = useModeLabel(family)
  const [no, setNo] = useState<number>(plan?.planNo ?? nextNo)
  const [name, setName] = useState(plan?.name ?? '')
  const [rows, setRows] = useState<Row[]>(() => rowsOf(plan, family))
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const setRow = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))

  const submit = async () => {
    const days: Partial<Record<Weekday, { begin: string; end: string; mode: string }[]>> = {}
    for (const r of rows)
      for (const d of r.days)
        days[d] = [...(days[d] ?? []), { begin: r.begin, end: r.end, mode: r.mode }]
    setBusy(true)
    const r = await save({ family, planNo: no, name, days })
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
      title={`${t('editor.weekTitle')} · ${t(`familyTabs.${family}`)}`}
      size="xl"
      centered
    >
      <Stack gap="sm">
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
        <Text size="sm" fw={500}>
          {t('editor.segments')}
        </Text>
        {rows.map((r, i) => (
          <Group key={i} gap="xs" align="end" data-testid="mode-segment">
            <Chip.Group
              multiple
              value={r.days}
              onChange={(v) => setRow(i, { days: v as Weekday[] })}
            >
              <Group gap={4} aria-label={t('editor.days')} role="group">
                {WEEKDAYS.map((d) => (
                  <Chip key={d} value={d} size="xs">
                    {t(`weekday.${d}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <TextInput
              label={t('editor.begin')}
              w={80}
              value={r.begin}
              onChange={(e) => setRow(i, { begin: e.currentTarget.value })}
            />
            <TextInput
              label={t('editor.end')}
              w={80}
              value={r.end}
              onChange={(e) => setRow(i, { end: e.currentTarget.value })}
            />
            <Select
              label={t(`modeLabel.${family}`)}
              w={190}
              data={modeOptions(family).map((m) => ({ value: m, label: label(m) }))}
              value={r.mode}
              onChange={(v) => v && setRow(i, { mode: v })}
              allowDeselect={false}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('editor.removeSegment', { n: i + 1 })}
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
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
              setRows([
                ...rows,
                { days: [], begin: '00:00', end: '24:00', mode: modeOptions(family)[0]! },
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
          <Button loading={busy} onClick={() => void submit()} disabled={!name.trim()}>
            {t('editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
