// A segment's time span and mode with its remove button, and the "add segment" button: the
// rows of the week plan and holiday plan editors (the week plan puts its weekdays before it).
import { ActionIcon, Button, Group, Select, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import type { ModeFamily, ModeSegment } from '@shared/model'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import { useModeLabel } from './mode-label'
import { modeOptions } from './mode-options'

/** A new segment: the whole day in the family's first mode. */
export const wholeDay = (family: ModeFamily): ModeSegment => ({
  begin: '00:00',
  end: '24:00',
  mode: modeOptions(family)[0]!,
})

export function ModeSpanFields({
  family,
  index,
  segment,
  onChange,
  onRemove,
  widths,
}: {
  family: ModeFamily
  /** The row's place (0-based), named in the remove button's label. */
  index: number
  segment: ModeSegment
  onChange(patch: Partial<ModeSegment>): void
  onRemove(): void
  widths: { time: number; mode: number }
}) {
  const { t } = useScheduleModesText()
  const label = useModeLabel(family)
  return (
    <>
      <TextInput
        label={t('editor.begin')}
        w={widths.time}
        value={segment.begin}
        onChange={(e) => onChange({ begin: e.currentTarget.value })}
      />
      <TextInput
        label={t('editor.end')}
        w={widths.time}
        value={segment.end}
        onChange={(e) => onChange({ end: e.currentTarget.value })}
      />
      <Select
        label={t(`modeLabel.${family}`)}
        w={widths.mode}
        data={modeOptions(family).map((m) => ({ value: m, label: label(m) }))}
        value={segment.mode}
        onChange={(v) => v && onChange({ mode: v })}
        allowDeselect={false}
      />
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t('editor.removeSegment', { n: index + 1 })}
        onClick={onRemove}
        mb={4}
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </>
  )
}

export function AddSegmentButton({ onAdd }: { onAdd(): void }) {
  const { t } = useScheduleModesText()
  return (
    <Group>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={onAdd}
      >
        {t('editor.addSegment')}
      </Button>
    </Group>
  )
}
