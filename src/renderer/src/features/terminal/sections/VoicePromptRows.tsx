// The Success or Failure texts of a voice-prompt holiday plan: one row per text, each a time
// segment of the day, the text and its language; at most as many rows as the terminal takes.
// Problems found against the terminal's capability are shown under the field they concern.
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import type { VoiceListCaps, VoicePromptRow } from '@shared/contract/voice-holiday'
import { useVoiceText } from '../../../i18n/feature-hooks'
import { voiceEn } from '../../../i18n/voice.en'

const DEFAULT_LANGUAGES = ['SimChinese', 'TraChinese', 'English']
type KnownLanguage = keyof typeof voiceEn.holiday.languages
const isKnown = (v: string): v is KnownLanguage => v in voiceEn.holiday.languages

export function VoicePromptRows({
  outcome,
  rows,
  caps,
  problem,
  onChange,
}: {
  outcome: 'success' | 'failure'
  rows: VoicePromptRow[]
  caps: VoiceListCaps
  /** The words of the problem at `<field>` of row `i`, if any. */
  problem: (field: string) => string | undefined
  onChange: (rows: VoicePromptRow[]) => void
}) {
  const { t } = useVoiceText()
  const languages = caps.languages ?? DEFAULT_LANGUAGES
  const set = (i: number, patch: Partial<VoicePromptRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const full = caps.maxSize !== null && rows.length >= caps.maxSize
  return (
    <Stack gap="xs" data-testid={`voice-rows-${outcome}`}>
      <Group justify="space-between">
        <Text fw={500} size="sm">
          {t(`holiday.${outcome}`)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('holiday.rowsHint', {
            max: caps.maxSize ?? '—',
            min: caps.text?.min ?? 1,
            textMax: caps.text?.max ?? '—',
          })}
        </Text>
      </Group>
      {problem(outcome) && (
        <Text size="xs" c="red" role="alert">
          {problem(outcome)}
        </Text>
      )}
      {rows.map((r, i) => (
        <Group key={i} align="start" gap="xs" wrap="nowrap">
          <TextInput
            w={110}
            label={t('holiday.begin')}
            value={r.beginTime}
            error={problem(`${outcome}.${i}.beginTime`)}
            onChange={(e) => set(i, { beginTime: e.currentTarget.value })}
          />
          <TextInput
            w={110}
            label={t('holiday.end')}
            value={r.endTime}
            error={problem(`${outcome}.${i}.endTime`)}
            onChange={(e) => set(i, { endTime: e.currentTarget.value })}
          />
          <TextInput
            style={{ flex: 1 }}
            label={t('holiday.text')}
            value={r.text}
            error={problem(`${outcome}.${i}.text`)}
            onChange={(e) => set(i, { text: e.currentTarget.value })}
          />
          <Select
            w={170}
            label={t('holiday.language')}
            value={r.language ?? null}
            error={problem(`${outcome}.${i}.language`)}
            data={languages.map((v) => ({
              value: v,
              label: isKnown(v) ? t(`holiday.languages.${v}`) : v,
            }))}
            onChange={(v) => set(i, v ? { language: v } : { language: undefined })}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            aria-label={t('holiday.removeRow', { row: i + 1 })}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="default"
          disabled={full}
          onClick={() =>
            onChange([
              ...rows,
              {
                beginTime: caps.time?.begin ?? '00:00:00',
                endTime: caps.time?.end ?? '23:59:59',
                text: '',
                language: languages.includes('English') ? 'English' : languages[0],
              },
            ])
          }
        >
          {t('holiday.addRow')}
        </Button>
      </Group>
    </Stack>
  )
}
