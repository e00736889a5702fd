import {
  Button,
  Checkbox,
  EmptyState,
  Group,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core'
import { IconDeviceDesktop, IconSend } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { HealthBadge } from '../devices/HealthBadge'
import { useDevices } from '../devices/store'
import { useNav } from '../shell/nav-store'
import { ApplyResults } from './ApplyResults'
import { useSchedules } from './store'

/** schedules.apply: which terminals, whether to clear them first, and what each one answered. */
export function ApplyPanel() {
  const { t } = useSchedulesText()
  const errorText = useErrorText()
  const devices = useDevices((s) => s.devices)
  const loadDevices = useDevices((s) => s.load)
  const roster = useSchedules((s) => s.roster)
  const apply = useSchedules((s) => s.apply)
  const report = useSchedules((s) => s.report)
  const go = useNav((s) => s.go)
  const [mode, setMode] = useState<'all' | 'chosen'>('all')
  const [chosen, setChosen] = useState<string[]>([])
  const [clear, setClear] = useState(false)
  const [busy, run] = useBusy()
  useEffect(() => void loadDevices(), [loadDevices])

  if (devices === null) return null
  if (devices.length === 0)
    return (
      <Paper withBorder p="xl" radius="md">
        <EmptyState
          icon={<IconDeviceDesktop size={28} aria-hidden />}
          variant="light"
          title={t('apply.noTerminalsTitle')}
          description={t('apply.noTerminalsBody')}
        >
          <Button variant="default" onClick={() => go('devices')}>
            {t('apply.goDevices')}
          </Button>
        </EmptyState>
      </Paper>
    )

  const ids =
    mode === 'all'
      ? devices.map((d) => d.id)
      : chosen.filter((id) => devices.some((d) => d.id === id))
  const nothingDefined =
    roster !== null &&
    roster.weekPlans.length +
      roster.holidayPlans.length +
      roster.holidayGroups.length +
      roster.templates.length ===
      0

  const start = async () => {
    const r = await run(() => apply(mode === 'all' ? undefined : ids, clear))
    if (!r.ok)
      notify({
        color: 'red',
        title: errorText(r.error).title,
        message: errorText(r.error).advice ?? errorText(r.error).detail,
      })
  }

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" data-testid="schedules-apply">
        <Title order={2} size="h4" mb={4}>
          {t('apply.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="md" maw={760}>
          {t('apply.lead')}
        </Text>
        <Radio.Group
          label={t('apply.target')}
          value={mode}
          onChange={(v) => setMode(v as 'all' | 'chosen')}
          mb="sm"
        >
          <Group gap="lg" mt={6}>
            <Radio value="all" label={t('apply.all', { count: devices.length })} />
            <Radio value="chosen" label={t('apply.chosen')} />
          </Group>
        </Radio.Group>
        {mode === 'chosen' && (
          <Checkbox.Group
            label={t('apply.pickLabel')}
            value={chosen}
            onChange={setChosen}
            error={ids.length === 0 ? t('apply.pickSome') : undefined}
            mb="sm"
          >
            <Stack gap={6} mt={6}>
              {devices.map((d) => (
                <Group key={d.id} gap="sm" wrap="nowrap">
                  <Checkbox value={d.id} label={d.name} />
                  <Text size="xs" c="dimmed" className="mono">
                    {d.host}:{d.port}
                  </Text>
                  <HealthBadge device={d} />
                </Group>
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Switch
          label={t('apply.clear')}
          description={t('apply.clearHint')}
          checked={clear}
          onChange={(e) => setClear(e.currentTarget.checked)}
          mb="md"
          maw={760}
        />
        {nothingDefined && (
          <Text size="sm" c="dimmed" mb="sm">
            {t('apply.nothingDefined')}
          </Text>
        )}
        <Group gap="md">
          <Button
            leftSection={<IconSend size={16} aria-hidden />}
            loading={busy}
            disabled={ids.length === 0}
            onClick={() => void start()}
          >
            {t('apply.run', { count: ids.length })}
          </Button>
          <Text size="sm" c="dimmed" role="status">
            {busy ? t('apply.running', { count: ids.length }) : ''}
          </Text>
        </Group>
      </Paper>
      {report && <ApplyResults report={report} />}
    </Stack>
  )
}
