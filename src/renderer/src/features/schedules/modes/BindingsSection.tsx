// Which template each reader (Verify) or door (DoorStatus) of a terminal follows. The readers and
// doors come from the terminal's own capabilities (a 2-door controller shows 2), with what it
// holds now; a choice is saved in the station and written with "Write to terminals".
import { Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import type { ModeFamily, ModeSchedules } from '@shared/model'
import { FAMILY_TARGET } from '@shared/model'
import { notify } from '../../../lib/notify'
import { useDevices } from '../../devices/store'
import { useScheduleModes } from './modes-store'
import { useErrorDetail } from '../../../lib/error-text'

export function BindingsSection({ family, modes }: { family: ModeFamily; modes: ModeSchedules }) {
  const { t } = useScheduleModesText()
  const errorDetail = useErrorDetail()
  const devices = useDevices((s) => s.devices)
  const loadDevices = useDevices((s) => s.load)
  const { targets, loadTargets, bind } = useScheduleModes()
  const [deviceId, setDeviceId] = useState<string | null>(null)
  useEffect(() => {
    if (devices === null) void loadDevices()
  }, [devices, loadDevices])
  useEffect(() => {
    if (deviceId && targets[deviceId] === undefined) void loadTargets(deviceId)
  }, [deviceId, targets, loadTargets])

  const target = FAMILY_TARGET[family]
  const got = deviceId ? targets[deviceId] : undefined
  const numbers =
    got && got !== 'loading' && got.ok
      ? target === 'reader'
        ? got.value.readers
        : got.value.doors
      : []
  const onTerminal =
    got && got !== 'loading' && got.ok
      ? target === 'reader'
        ? got.value.readerTemplates
        : got.value.doorTemplates
      : {}
  const templates = modes[family].templates
  const boundTo = (no: number) =>
    modes.bindings.find((b) => b.deviceId === deviceId && b.target === target && b.no === no)
      ?.templateNo ?? 0

  const choose = async (no: number, value: string | null) => {
    if (!deviceId || value === null) return
    const r = await bind({ deviceId, target, no, templateNo: Number(value) })
    const label = t(target, { no })
    const tpl = templates.find((x) => x.templateNo === Number(value))
    if (r.ok)
      notify({
        color: 'green',
        message: t('bound', {
          target: label,
          template: tpl ? `${tpl.templateNo} · ${tpl.name}` : t('noTemplate'),
        }),
      })
    else notify({ color: 'red', message: errorDetail(r.error) })
  }

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('bindings')}
        </Title>
        <Select
          label={t('terminal')}
          placeholder={t('chooseTerminal')}
          data={(devices ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={deviceId}
          onChange={setDeviceId}
          maw={360}
          data-testid={`binding-terminal-${family}`}
        />
        {got === 'loading' && (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">{t('loadingTargets')}</Text>
          </Group>
        )}
        {got && got !== 'loading' && !got.ok && (
          <Text size="sm" c="red" role="alert">
            {errorDetail(got.error)}
          </Text>
        )}
        {got && got !== 'loading' && got.ok && numbers.length === 0 && (
          <Text size="sm" c="dimmed">
            {target === 'reader' ? t('noReaders') : t('noDoors')}
          </Text>
        )}
        {numbers.length > 0 && (
          <Table aria-label={t('bindings')} data-testid={`bindings-${family}`}>
            <Table.Tbody>
              {numbers.map((no) => (
                <Table.Tr key={no}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {t(target, { no })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('onTerminal', { no: onTerminal[no] ?? 0 })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t('col.target')} ${t(target, { no })}`}
                      data={[
                        { value: '0', label: t('noTemplate') },
                        ...templates.map((x) => ({
                          value: String(x.templateNo),
                          label: `${x.templateNo} · ${x.name}`,
                        })),
                      ]}
                      value={String(boundTo(no))}
                      onChange={(v) => void choose(no, v)}
                      allowDeselect={false}
                      maw={280}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  )
}
