// Every door the terminal has, live (AcsWorkStatus, re-read on the terminal's door events where
// its event stream is armed, polled otherwise: use-door-refresh.ts), with the remote commands its
// capabilities offer, and each reader's authentication mode in force.
import { Badge, Box, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import type { DoorsStatus, DoorView } from '@shared/contract/terminal'
import type { Device, DoorCommand } from '@shared/model'
import type { AppError } from '@shared/result'
import { useTerminalOpsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { useLabel } from '../ResourceForm'
import { Lacks, SectionProblem } from './SectionProblem'
import { useDoorRefresh } from './use-door-refresh'
import { useLoad } from './use-load'
import { TerminalWorkStatus } from './TerminalWorkStatus'

const COLOR: Record<string, string> = { open: 'orange', closed: 'green' }
const NOWRAP = { whiteSpace: 'nowrap' } as const

/** A coloured dot (decoration) and the state in words. */
function StateDot({ color, label, testId }: { color: string; label: string; testId: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Box
        aria-hidden
        w={8}
        h={8}
        style={{ borderRadius: 4, background: `var(--mantine-color-${color}-6)`, flex: 'none' }}
      />
      <Text size="sm" data-testid={testId}>
        {label}
      </Text>
    </Group>
  )
}

export function DoorsSection({ device }: { device: Device }) {
  const { t } = useTerminalOpsText()
  const label = useLabel()
  const ops = device.capabilities?.ops
  const status = useLoad(() => station.doors.status({ id: device.id }), device.id)
  const [sending, setSending] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const { armed } = useDoorRefresh(device.id, !!ops?.doorStatus, status.reload)

  const send = async (door: DoorView, command: DoorCommand) => {
    setSending(`${door.doorNo}:${command}`)
    const r = await station.doors.control({ id: device.id, doorNo: door.doorNo, command })
    setSending(null)
    if (r.ok) {
      setError(null)
      if (r.value.doors.length) status.setValue(r.value)
      notify({
        color: 'green',
        message: t('doors.sent', {
          command: t(`doors.commands.${command}`),
          n: door.doorNo,
          name: device.name,
        }),
      })
    } else setError(r.error)
  }

  const lacks = [
    ...(ops?.doorStatus ? [] : [t('doors.noStatus')]),
    ...(ops?.doorCommands.length ? [] : [t('doors.noControl')]),
  ]
  const s: DoorsStatus | null = status.value
  const doors = s?.doors ?? []
  /** A column only where the terminal's AcsWorkStatus capability lists its field (21.25.1). */
  const shows = (field: string) => !s?.reports || s.reports.includes(field)
  return (
    <Stack gap="md" data-testid="doors-section">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('doors.title')}
        </Title>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={() => void status.reload()}
          loading={status.loading && !s}
        >
          {t('refresh')}
        </Button>
      </Group>
      <Lacks items={lacks} />
      <SectionProblem error={error ?? status.error} />
      {doors.length > 0 && (
        <Table aria-label={t('doors.title')} data-testid="doors-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('doors.door', { n: '' }).trim()}</Table.Th>
              <Table.Th scope="col">{t('doors.mode')}</Table.Th>
              {shows('doorLockStatus') && <Table.Th scope="col">{t('doors.lock')}</Table.Th>}
              {shows('magneticStatus') && <Table.Th scope="col">{t('doors.contact')}</Table.Th>}
              <Table.Th scope="col">{t('doors.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doors.map((d) => (
              <Table.Tr key={d.doorNo} data-testid={`door-${d.doorNo}`}>
                <Table.Th scope="row" style={NOWRAP}>
                  {t('doors.door', { n: d.doorNo })}
                </Table.Th>
                <Table.Td data-testid={`door-${d.doorNo}-mode`}>
                  {t(`doors.modes.${d.mode}`)}
                </Table.Td>
                {shows('doorLockStatus') && (
                  <Table.Td style={NOWRAP}>
                    <StateDot
                      color={COLOR[d.lock] ?? 'red'}
                      label={t(`doors.lockStates.${d.lock}`)}
                      testId={`door-${d.doorNo}-lock`}
                    />
                  </Table.Td>
                )}
                {shows('magneticStatus') && (
                  <Table.Td style={NOWRAP}>
                    <StateDot
                      color={d.contact === 'closed' ? 'gray' : 'orange'}
                      label={t(`doors.contactStates.${d.contact}`)}
                      testId={`door-${d.doorNo}-contact`}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Group gap={6} wrap="wrap">
                    {(ops?.doorCommands ?? []).map((c) => (
                      <Button
                        key={c}
                        size="compact-sm"
                        variant={c === 'open' ? 'filled' : 'default'}
                        loading={sending === `${d.doorNo}:${c}`}
                        disabled={sending !== null || device.health !== 'online'}
                        aria-label={t('doors.commandFor', {
                          command: t(`doors.commands.${c}`),
                          n: d.doorNo,
                        })}
                        onClick={() => void send(d, c)}
                      >
                        {t(`doors.commands.${c}`)}
                      </Button>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {s && s.readers.length > 0 && (
        <Group gap="xs" aria-label={t('doors.readers')}>
          <Text size="sm" fw={600}>
            {t('doors.readers')}
          </Text>
          {s.readers.map((r) => (
            <Badge
              key={r.readerNo}
              variant="dot"
              color={r.online ? 'green' : 'gray'}
              tt="none"
              data-testid={`reader-${r.readerNo}`}
            >
              {t('doors.reader', { n: r.readerNo })} ·{' '}
              {r.online ? t('doors.online') : t('doors.offline')}
              {r.verifyMode !== undefined && ` · ${label(r.verifyModeLabel ?? null, r.verifyMode)}`}
            </Badge>
          ))}
        </Group>
      )}
      {s?.terminal && <TerminalWorkStatus items={s.terminal} />}
      {s && (
        <Text size="xs" c="dimmed">
          {t('readAt', { time: new Date(s.readAt).toLocaleTimeString() })} ·{' '}
          <span data-testid="doors-refresh">
            {armed ? t('doors.liveArmed') : t('doors.livePolled')}
          </span>
        </Text>
      )}
    </Stack>
  )
}
