import {
  Anchor,
  Badge,
  Checkbox,
  Group,
  Paper,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useBatchText, useDevicesText } from '../../i18n/feature-hooks'
import type { Device, DeviceCapabilitySummary } from '@shared/model'
import { useNav } from '../shell/nav-store'
import { DeviceActions, type MaintenanceKind } from './DeviceActions'
import { DevicePending } from '../apply/DevicePending'
import { useLivePending } from '../apply/pending-store'
import { HealthBadge } from './HealthBadge'
import { relativeTime, useNow } from './use-now'

const CAPS = [
  'card',
  'fingerprint',
  'face',
  'iris',
] as const satisfies readonly (keyof DeviceCapabilitySummary)[]

function Drift({ seconds }: { seconds: number | null }) {
  const { t } = useDevicesText()
  if (seconds === null) return <Text size="sm">{t('driftUnknown')}</Text>
  const text = t('drift', { sign: seconds > 0 ? '+' : '', seconds })
  if (Math.abs(seconds) <= 60) return <Text size="sm">{text}</Text>
  return (
    <Tooltip label={t('driftFar')}>
      <Text size="sm" c="orange" fw={600} tabIndex={0}>
        {text}
      </Text>
    </Tooltip>
  )
}

export function DeviceTable({
  devices,
  onEdit,
  onRemove,
  onMaintain,
  selected,
  onSelect,
}: {
  devices: Device[]
  onEdit: (d: Device) => void
  onRemove: (d: Device) => void
  onMaintain: (d: Device, kind: MaintenanceKind) => void
  /** Terminals chosen for a batch action (BatchBar). */
  selected: ReadonlySet<string>
  onSelect: (ids: string[], on: boolean) => void
}) {
  const { t } = useDevicesText()
  const { t: tb } = useBatchText()
  useLivePending()
  const all = devices.length > 0 && devices.every((d) => selected.has(d.id))
  const { i18n } = useTranslation()
  const now = useNow(15_000)
  const openTerminal = useNav((s) => s.openTerminal)
  return (
    <Paper withBorder radius="md" style={{ overflow: 'auto' }}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                aria-label={tb('selectAll')}
                checked={all}
                indeterminate={!all && devices.some((d) => selected.has(d.id))}
                onChange={() =>
                  onSelect(
                    devices.map((d) => d.id),
                    !all,
                  )
                }
              />
            </Table.Th>
            <Table.Th>{t('col.name')}</Table.Th>
            <Table.Th>{t('col.model')}</Table.Th>
            <Table.Th>{t('col.state')}</Table.Th>
            <Table.Th>{t('col.capabilities')}</Table.Th>
            <Table.Th>{t('col.drift')}</Table.Th>
            <Table.Th>{t('col.lastSeen')}</Table.Th>
            <Table.Th>{t('col.lastEvent')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('col.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {devices.map((d) => (
            <Table.Tr key={d.id} data-testid="device-row" data-device-id={d.id}>
              <Table.Td>
                <Checkbox
                  aria-label={tb('select', { name: d.name })}
                  checked={selected.has(d.id)}
                  onChange={(e) => onSelect([d.id], e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  fw={600}
                  data-testid="open-terminal"
                  onClick={() => openTerminal(d.id)}
                >
                  {d.name}
                </Anchor>
                <Text size="xs" c="dimmed" className="mono">
                  {d.protocol}://{d.host}:{d.port}
                  {d.site ? ` · ${d.site}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{d.model || '—'}</Text>
                <Text size="xs" c="dimmed">
                  {d.firmwareVersion}
                </Text>
              </Table.Td>
              <Table.Td>
                <HealthBadge device={d} />
                <DevicePending deviceId={d.id} />
              </Table.Td>
              <Table.Td>
                {d.capabilities ? (
                  <Group gap={4}>
                    {CAPS.filter((c) => d.capabilities?.[c]).map((c) => (
                      <Badge key={c} variant="outline" color="gray" size="sm" tt="none">
                        {t(`caps.${c}`)}
                      </Badge>
                    ))}
                  </Group>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('noCaps')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Drift seconds={d.clockDriftSeconds} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {d.lastSeenAt ? relativeTime(d.lastSeenAt, now, i18n.language) : t('never')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" data-testid="device-last-event">
                  {d.lastEventAt ? relativeTime(d.lastEventAt, now, i18n.language) : t('noEvents')}
                </Text>
              </Table.Td>
              <Table.Td>
                <DeviceActions
                  device={d}
                  onEdit={() => onEdit(d)}
                  onRemove={() => onRemove(d)}
                  onMaintain={(kind) => onMaintain(d, kind)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}
