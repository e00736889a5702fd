// One family's page on the Schedules screen: week plans (segments carry a verify mode or a door
// state), templates, the readers / doors bound to them per terminal, and writing the family.
import {
  ActionIcon,
  Button,
  Group,
  VisuallyHidden,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconPlus, IconTrash, IconUpload } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import {
  WEEKDAYS,
  type ModeFamily,
  type ModeTemplateDef,
  type ModeWeekPlanDef,
} from '@shared/model'
import { notify } from '../../../lib/notify'
import { ErrorNotice } from '../../shell/ErrorNotice'
import { BindingsSection } from './BindingsSection'
import { ModeTemplateEditor } from './ModeTemplateEditor'
import { ModeWeekPlanEditor } from './ModeWeekPlanEditor'
import { ModeHolidaySections } from './ModeHolidaySections'
import { useModeLabel } from './mode-label'
import { useScheduleModes } from './modes-store'
import { useErrorDetail } from '../../../lib/error-text'

const next = (nos: number[]) => (nos.length ? Math.max(...nos) + 1 : 2)

export function ModesPanel({ family }: { family: ModeFamily }) {
  const { t } = useScheduleModesText()
  const errorDetail = useErrorDetail()
  const { modes, error, load, write, reports, remove } = useScheduleModes()
  const label = useModeLabel(family)
  const [week, setWeek] = useState<ModeWeekPlanDef | 'new' | null>(null)
  const [template, setTemplate] = useState<ModeTemplateDef | 'new' | null>(null)
  const [busy, setBusy] = useState(false)
  // each time the family is opened: definitions may have been saved elsewhere (CLI, another window)
  useEffect(() => void load(), [load])
  if (error) return <ErrorNotice error={error} onRetry={() => void load()} />
  if (!modes) return null
  const r = modes[family]
  const report = reports[family]

  const removeOne = async (kind: 'weekPlan' | 'template', no: number, name: string) => {
    const res = await remove({ family, kind, no })
    notify(
      res.ok
        ? { color: 'green', message: t('removed', { name }) }
        : { color: 'red', message: errorDetail(res.error) },
    )
  }
  const trash = (kind: 'weekPlan' | 'template', no: number, name: string) => (
    <ActionIcon
      variant="subtle"
      color="red"
      aria-label={t('remove', { name })}
      onClick={(e) => {
        e.stopPropagation()
        void removeOne(kind, no, name)
      }}
    >
      <IconTrash size={16} aria-hidden />
    </ActionIcon>
  )

  const writeAll = async () => {
    setBusy(true)
    const res = await write(family)
    setBusy(false)
    if (!res.ok) notify({ color: 'red', message: errorDetail(res.error) })
  }

  return (
    <Stack gap="md" data-testid={`modes-${family}`}>
      <Text size="sm" maw={860}>
        {t(`lead.${family}`)}
      </Text>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            {t('weekPlans')}
          </Title>
          <Button
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setWeek('new')}
          >
            {t('addWeekPlan')}
          </Button>
        </Group>
        {r.weekPlans.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noWeekPlans')}
          </Text>
        ) : (
          <Table aria-label={t('weekPlans')} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('col.no')}</Table.Th>
                <Table.Th>{t('col.name')}</Table.Th>
                <Table.Th>{t('col.days')}</Table.Th>
                <Table.Th w={40}>
                  <VisuallyHidden>{t('col.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.weekPlans.map((p) => (
                <Table.Tr
                  key={p.planNo}
                  onClick={() => setWeek(p)}
                  style={{ cursor: 'pointer' }}
                  data-testid="mode-week-row"
                >
                  <Table.Td>{p.planNo}</Table.Td>
                  <Table.Td>
                    <Button variant="subtle" size="compact-sm" onClick={() => setWeek(p)}>
                      {p.name}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {WEEKDAYS.filter((d) => p.days[d]?.length).map((d) => (
                        <Text size="xs" key={d}>
                          <b>{t(`weekday.${d}`)}</b>{' '}
                          {(p.days[d] ?? [])
                            .map(
                              (s) => `${s.begin.slice(0, 5)}–${s.end.slice(0, 5)} ${label(s.mode)}`,
                            )
                            .join(', ')}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{trash('weekPlan', p.planNo, p.name)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <ModeHolidaySections family={family} roster={r} />
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            {t('templates')}
          </Title>
          <Button
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setTemplate('new')}
            disabled={r.weekPlans.length === 0}
          >
            {t('addTemplate')}
          </Button>
        </Group>
        {r.templates.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noTemplates')}
          </Text>
        ) : (
          <Table aria-label={t('templates')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('col.no')}</Table.Th>
                <Table.Th>{t('col.name')}</Table.Th>
                <Table.Th>{t('col.weekPlan')}</Table.Th>
                <Table.Th>{t('holiday.groups')}</Table.Th>
                <Table.Th w={40}>
                  <VisuallyHidden>{t('col.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.templates.map((x) => (
                <Table.Tr key={x.templateNo}>
                  <Table.Td>{x.templateNo}</Table.Td>
                  <Table.Td>
                    <Button variant="subtle" size="compact-sm" onClick={() => setTemplate(x)}>
                      {x.name}
                    </Button>
                  </Table.Td>
                  <Table.Td>{x.weekPlanNo}</Table.Td>
                  <Table.Td data-testid="mode-template-groups">
                    {x.holidayGroupNos
                      .map((no) => r.holidayGroups.find((g) => g.groupNo === no)?.name ?? no)
                      .join(', ') || '—'}
                  </Table.Td>
                  <Table.Td>{trash('template', x.templateNo, x.name)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <BindingsSection family={family} modes={modes} />
      <Group>
        <Button
          leftSection={<IconUpload size={16} aria-hidden />}
          loading={busy}
          onClick={() => void writeAll()}
        >
          {t('write')}
        </Button>
      </Group>
      {report && (
        <Stack gap={4} data-testid={`modes-report-${family}`} role="status">
          {report.devices.map((d) => (
            <Group key={d.deviceId} gap="xs">
              <Text size="sm" fw={700} c={d.ok ? 'teal.9' : 'red.9'}>
                {d.ok ? 'OK' : (d.error?.code ?? 'ERROR')}
              </Text>
              <Text size="sm">
                {d.ok
                  ? t('written', {
                      name: d.deviceName,
                      count: d.written.filter((w) => w.family === family).length,
                    })
                  : t('refused', {
                      name: d.deviceName,
                      message: d.error ? errorDetail(d.error) : '',
                    })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {week && (
        <ModeWeekPlanEditor
          family={family}
          plan={week === 'new' ? null : week}
          nextNo={next(r.weekPlans.map((p) => p.planNo))}
          onClose={() => setWeek(null)}
        />
      )}
      {template && (
        <ModeTemplateEditor
          family={family}
          template={template === 'new' ? null : template}
          weekPlans={r.weekPlans}
          holidayGroups={r.holidayGroups}
          nextNo={next(r.templates.map((x) => x.templateNo))}
          onClose={() => setTemplate(null)}
        />
      )}
    </Stack>
  )
}
