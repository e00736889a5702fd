import { ActionIcon, Group, Text, TextInput } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { normalizeTime } from './time-text'
import type { SegmentDraft } from './week-grid'

interface Props {
  /** Whose segment, for the accessible names ("Monday", "Holiday"). */
  owner: string
  index: number
  value: SegmentDraft
  badBegin: boolean
  badEnd: boolean
  /** Id of the text that explains this row's problems. */
  describedBy: string | undefined
  onChange(patch: Partial<SegmentDraft>): void
  onLeave(): void
  onRemove(): void
}

/** One time segment: from – to, typed as HH:MM (tidied when the field is left), and its remove button. */
export function SegmentFields(p: Props) {
  const { t } = useSchedulesText()
  const n = p.index + 1
  const field = (which: 'begin' | 'end', bad: boolean) => (
    <TextInput
      size="xs"
      w={64}
      value={p.value[which]}
      placeholder="HH:MM"
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      aria-label={t(which === 'begin' ? 'week.segmentBegin' : 'week.segmentEnd', {
        day: p.owner,
        n,
      })}
      aria-describedby={bad ? p.describedBy : undefined}
      error={bad}
      styles={{
        input: { fontVariantNumeric: 'tabular-nums', textAlign: 'center', paddingInline: 4 },
      }}
      onChange={(e) => p.onChange({ [which]: e.currentTarget.value })}
      onBlur={(e) => {
        const tidy = normalizeTime(e.currentTarget.value)
        if (tidy !== e.currentTarget.value) p.onChange({ [which]: tidy })
        p.onLeave()
      }}
    />
  )
  return (
    <Group gap={2} wrap="nowrap" data-testid="segment">
      {field('begin', p.badBegin)}
      <Text size="xs" c="dimmed" aria-hidden px={2}>
        –
      </Text>
      {field('end', p.badEnd)}
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={t('week.removeSegment', { day: p.owner, n })}
        onClick={p.onRemove}
      >
        <IconX size={14} aria-hidden />
      </ActionIcon>
    </Group>
  )
}
