// Schedules bound here: each reader's authentication schedule (Verify template) and each door's
// door-status schedule (DoorStatus template) of this terminal, as the terminal holds them and as
// the station defines them; a choice binds in the station (schedules.bind) and "Write to this
// terminal" writes that family to it (schedules.apply), after which the terminal is read again.
// Readers and doors come from its CardReaderPlan / DoorStatusPlan capabilities (schedules.targets).
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useEffect, useState } from 'react'
import type { BindingTargets, ModeFamily, ModeSchedules } from '@shared/model'
import { FAMILY_TARGET } from '@shared/model'
import { isErrorCode, type AppError } from '@shared/result'
import { useScheduleModesText, useTerminalText } from '../../../i18n/feature-hooks'
import { station } from '../../../lib/station'
import { useBusy } from '../../../lib/use-busy'
import { useScheduleModes } from '../../schedules/modes/modes-store'
import { useNav } from '../../shell/nav-store'
import type { SectionProps, TerminalCaps } from '../sections'
import { SectionProblem } from './SectionProblem'

const FAMILIES: readonly ModeFamily[] = ['Verify', 'DoorStatus']

const numbersOf = (t: BindingTargets, family: ModeFamily) =>
  FAMILY_TARGET[family] === 'reader' ? t.readers : t.doors
const heldOf = (t: BindingTargets, family: ModeFamily) =>
  FAMILY_TARGET[family] === 'reader' ? t.readerTemplates : t.doorTemplates

/** Offered where the terminal's capabilities name readers (CardReaderPlan) or doors
 * (DoorStatusPlan); until they are read (or while the terminal does not answer) it is shown
 * with a line that says so, like the settings sections. */
export const offersBindings = ({ bindingTargets }: Pick<TerminalCaps, 'bindingTargets'>) =>
  bindingTargets === null || bindingTargets.readers.length > 0 || bindingTargets.doors.length > 0

function FamilyBindings(props: {
  deviceId: string
  family: ModeFamily
  targets: BindingTargets
  modes: ModeSchedules
  canSend: boolean
}) {
  const { deviceId, family, targets, modes, canSend } = props
  const { t } = useTerminalText()
  const { t: tm } = useScheduleModesText()
  const bind = useScheduleModes((s) => s.bind)
  const loadTargets = useScheduleModes((s) => s.loadTargets)
  const [busy, run] = useBusy()
  const [error, setError] = useState<AppError | null>(null)
  const [written, setWritten] = useState(false)
  const target = FAMILY_TARGET[family]
  const numbers = numbersOf(targets, family)
  const held = heldOf(targets, family)
  const templates = modes[family].templates
  const name = (no: number) =>
    no === 0
      ? tm('noTemplate')
      : (templates.find((x) => x.templateNo === no)?.name ?? t('bound.unknownTemplate', { no }))
  const defined = (no: number) =>
    modes.bindings.find((b) => b.deviceId === deviceId && b.target === target && b.no === no)
      ?.templateNo ?? 0
  const differs = numbers.some((no) => defined(no) !== (held[no] ?? 0))

  const choose = async (no: number, value: string | null) => {
    if (value === null) return
    setWritten(false)
    const r = await bind({ deviceId, target, no, templateNo: Number(value) })
    setError(r.ok ? null : r.error)
  }
  const write = async () => {
    const r = await station.schedules.apply({ deviceIds: [deviceId], families: [family] })
    const failed = r.ok ? r.value.devices.find((d) => !d.ok)?.error : undefined
    const refused: AppError | null = failed
      ? { ...failed, code: isErrorCode(failed.code) ? failed.code : 'INTERNAL' }
      : null
    setError(!r.ok ? r.error : refused)
    await loadTargets(deviceId)
    setWritten(r.ok && !failed)
  }

  if (numbers.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid={`bound-lacks-${family}`}>
        {target === 'reader' ? tm('noReaders') : tm('noDoors')}
      </Text>
    )
  return (
    <Paper withBorder p="md" radius="md" data-testid={`bound-${family}`}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {tm(`familyTabs.${family}`)}
        </Title>
        <Table aria-label={tm(`familyTabs.${family}`)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`bound.${target}`)}</Table.Th>
              <Table.Th>{t('bound.onTerminal')}</Table.Th>
              <Table.Th>{t('bound.inStation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {numbers.map((no) => {
              const label = t(target === 'reader' ? 'reader' : 'door', { n: no })
              const same = defined(no) === (held[no] ?? 0)
              return (
                <Table.Tr key={no} data-testid={`bound-${family}-${no}`}>
                  <Table.Td>
                    <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {label}
                    </Text>
                  </Table.Td>
                  <Table.Td data-testid={`bound-held-${family}-${no}`}>
                    <Text size="sm">{name(held[no] ?? 0)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Select
                        aria-label={`${t('bound.inStation')}: ${label}`}
                        data={[
                          { value: '0', label: tm('noTemplate') },
                          ...templates.map((x) => ({
                            value: String(x.templateNo),
                            label: `${x.templateNo} · ${x.name}`,
                          })),
                        ]}
                        value={String(defined(no))}
                        onChange={(v) => void run(() => choose(no, v))}
                        allowDeselect={false}
                        disabled={busy}
                        maw={260}
                        data-testid={`bound-select-${family}-${no}`}
                      />
                      {!same && (
                        <Badge
                          color="orange"
                          variant="dot"
                          tt="none"
                          style={{ flexShrink: 0 }}
                          maw="none"
                        >
                          {t('bound.notWritten')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
        {templates.length === 0 && (
          <Text size="sm" c="dimmed">
            {tm('noTemplates')}
          </Text>
        )}
        <SectionProblem error={error} />
        {written && !error && (
          <Text size="sm" c="green" role="status" data-testid={`bound-written-${family}`}>
            {t('bound.written')}
          </Text>
        )}
        <Group>
          <Button
            size="sm"
            loading={busy}
            disabled={!canSend || !differs}
            onClick={() => void run(write)}
            data-testid={`bound-write-${family}`}
          >
            {t('bound.write')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

export function SchedulesBoundSection({ device, caps }: SectionProps) {
  const { t } = useTerminalText()
  const modes = useScheduleModes((s) => s.modes)
  const modesError = useScheduleModes((s) => s.error)
  const load = useScheduleModes((s) => s.load)
  const go = useNav((s) => s.go)
  useEffect(() => {
    void load()
  }, [load])
  const targets = caps.bindingTargets
  const read = useScheduleModes((s) => s.targets[device.id])
  const readError = read && read !== 'loading' && !read.ok ? read.error : null
  if (modesError || readError) return <SectionProblem error={modesError ?? readError} />
  if (!targets || !modes)
    return (
      <Text size="sm" c="dimmed" data-testid="bound-not-read">
        {device.health === 'online' ? t('form.loading') : t('form.notRead')}
      </Text>
    )
  return (
    <Stack gap="md" data-testid="schedules-bound">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={560}>
          {t('bound.lead')}
        </Text>
        <Anchor component="button" type="button" size="sm" onClick={() => go('schedules')}>
          {t('bound.toSchedules')}
        </Anchor>
      </Group>
      {FAMILIES.map((family) => (
        <FamilyBindings
          key={family}
          deviceId={device.id}
          family={family}
          targets={targets}
          modes={modes}
          canSend={device.health === 'online'}
        />
      ))}
    </Stack>
  )
}
