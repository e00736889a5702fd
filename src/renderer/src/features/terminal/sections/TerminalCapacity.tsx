// Header strip of the Terminal page: capacity used / total per credential (warns at 90 %) and
// the terminal's clock drift.
import { Group, Progress, Skeleton, Stack, Text } from '@mantine/core'
import type { CapacityItem } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import { useTerminalOpsText } from '../../../i18n/feature-hooks'
import { station } from '../../../lib/station'
import { useLoad } from './use-load'

/** One row of the strip: label, amount and bar (Mantine xs + sm text, sm bar, 2 px gaps). */
const STRIP_HEIGHT = 54

export function TerminalCapacity({ device }: { device: Device }) {
  const { t } = useTerminalOpsText()
  const o = useLoad(
    () => station.terminal.overview({ id: device.id }),
    `${device.id}:${device.health}`,
  )
  // The strip holds its height while the terminal is read, so the section tabs below it do
  // not move when it arrives (a click on a tab landing as it moved was lost: the tab took focus
  // on mouse down, the page stayed on Summary — seen under load)
  if (!o.value)
    return o.loading ? (
      <Skeleton h={STRIP_HEIGHT} maw={640} data-testid="terminal-capacity-loading" />
    ) : null
  const label = (c: CapacityItem) => t(`capacity.${c.kind}`)
  const amount = (c: CapacityItem) =>
    c.used === null
      ? t('capacity.unknown')
      : c.total
        ? t('capacity.of', { used: c.used.toLocaleString(), total: c.total.toLocaleString() })
        : t('capacity.noLimit', { used: c.used.toLocaleString() })
  return (
    <Group
      gap="lg"
      align="flex-start"
      wrap="wrap"
      mih={STRIP_HEIGHT}
      aria-label={t('capacity.label')}
      data-testid="terminal-capacity-strip"
    >
      {o.value.capacity.map((c) => {
        const pct = c.used !== null && c.total ? Math.round((c.used / c.total) * 100) : null
        return (
          <Stack key={c.kind} gap={2} miw={140} data-testid={`capacity-${c.kind}`}>
            <Text size="xs" c="dimmed">
              {label(c)}
            </Text>
            <Text size="sm" c={c.warn ? 'red.8' : undefined} fw={c.warn ? 600 : undefined}>
              {amount(c)}
            </Text>
            {pct !== null && (
              <Progress
                value={Math.min(100, pct)}
                color={c.warn ? 'red' : 'blue'}
                size="sm"
                aria-label={t('capacity.nearlyFull', { kind: label(c), percent: pct })}
              />
            )}
            {c.warn && pct !== null && (
              <Text size="xs" c="red.8" role="status">
                {t('capacity.nearlyFull', { kind: label(c), percent: pct })}
              </Text>
            )}
          </Stack>
        )
      })}
      {o.value.driftSeconds !== null && (
        <Stack gap={2} data-testid="capacity-drift">
          <Text size="xs" c="dimmed">
            {t('capacity.drift')}
          </Text>
          <Text size="sm" c={Math.abs(o.value.driftSeconds) > 60 ? 'orange.8' : undefined}>
            {t('capacity.driftValue', { seconds: o.value.driftSeconds })}
          </Text>
        </Stack>
      )}
    </Group>
  )
}
