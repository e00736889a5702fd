import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core'
import { useEnrollText } from '../../i18n/feature-hooks'

// Fingers 1..5 on the right hand (thumb → little), 6..10 on the left, drawn palms-down as the
// person sees their own hands: left hand on the left, thumbs inward.
const HEIGHTS = [30, 50, 56, 50, 40] // thumb, index, middle, ring, little
const OFFSETS = [-4, 4, 6, 4, 0] // thumbs sit low, middle fingers high
/** Left to right on screen. */
const VISUAL = [10, 9, 8, 7, 6, 1, 2, 3, 4, 5]

function Hand({
  side,
  selected,
  enrolled,
  onPick,
}: {
  side: 'left' | 'right'
  selected: number
  enrolled: Set<number>
  onPick: (id: number) => void
}) {
  const { t } = useEnrollText()
  const base = side === 'right' ? 1 : 6
  // left hand shows little → thumb from left to right; right hand thumb → little
  const order = side === 'right' ? [0, 1, 2, 3, 4] : [4, 3, 2, 1, 0]
  return (
    <Stack gap={4} align="center">
      <Group gap={6} align="flex-end" wrap="nowrap" h={70} mb={-6}>
        {order.map((i) => {
          const id = base + i
          const name = t(`fingerprint.fingers.f${id}` as 'fingerprint.fingers.f1')
          const on = selected === id
          return (
            <UnstyledButton
              key={id}
              role="radio"
              aria-checked={on}
              aria-label={`${t('fingerprint.fingerLabel', { name, id })}${enrolled.has(id) ? ` · ${t('fingerprint.enrolled')}` : ''}`}
              tabIndex={on ? 0 : -1}
              onClick={() => onPick(id)}
              data-finger={id}
              style={{
                width: 22,
                height: HEIGHTS[i],
                marginBottom: OFFSETS[i],
                borderRadius: 11,
                border: '2px solid var(--mantine-color-default-border)',
                background: on
                  ? 'var(--mantine-primary-color-filled)'
                  : enrolled.has(id)
                    ? 'var(--mantine-color-green-light)'
                    : 'var(--mantine-color-default)',
                color: on ? 'var(--mantine-color-white)' : 'inherit',
                fontSize: 11,
                fontWeight: 600,
                display: 'flex',
                alignItems: 'flex-end',
                justifyContent: 'center',
                paddingBottom: 2,
              }}
            >
              {id}
            </UnstyledButton>
          )
        })}
      </Group>
      <Box
        w={136}
        h={56}
        aria-hidden
        style={{
          borderRadius: '12px 12px 40px 40px',
          border: '2px solid var(--mantine-color-default-border)',
          background: 'var(--mantine-color-default)',
        }}
      />
      <Text size="xs" c="dimmed">
        {side === 'right' ? t('fingerprint.rightHand') : t('fingerprint.leftHand')}
      </Text>
    </Stack>
  )
}

/** Ten fingers as one radio group (arrow keys move, Enter/Space picks). */
export function HandDiagram({
  selected,
  enrolled,
  onPick,
}: {
  selected: number
  enrolled: Set<number>
  onPick: (id: number) => void
}) {
  const { t } = useEnrollText()
  const move = (delta: number) => {
    const at = VISUAL.indexOf(selected)
    const next = VISUAL[(at + delta + VISUAL.length) % VISUAL.length]!
    onPick(next)
    // every finger is drawn: focus moves with the key (a key typed next lands on this finger)
    document.querySelector<HTMLElement>(`[data-finger="${next}"]`)?.focus()
  }
  return (
    <Group
      role="radiogroup"
      aria-label={t('fingerprint.finger')}
      gap="xl"
      wrap="nowrap"
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
          e.preventDefault()
          move(1)
        } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
          e.preventDefault()
          move(-1)
        }
      }}
    >
      <Hand side="left" selected={selected} enrolled={enrolled} onPick={onPick} />
      <Hand side="right" selected={selected} enrolled={enrolled} onPick={onPick} />
    </Group>
  )
}
