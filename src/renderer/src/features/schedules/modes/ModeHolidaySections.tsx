// Holiday plans and holiday groups of one family (Verify / DoorStatus) on the Schedules screen:
// list, add, edit, remove. A template names its holiday groups (ModeTemplateEditor); on a
// group's plan's dates the plan's segments replace the week plan's.
import { ActionIcon, Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type {
  ModeFamily,
  ModeHolidayGroupDef,
  ModeHolidayPlanDef,
  ModeScheduleRoster,
} from '@shared/model'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { ModeHolidayGroupEditor } from './ModeHolidayGroupEditor'
import { ModeHolidayPlanEditor } from './ModeHolidayPlanEditor'
import { useModeLabel } from './mode-label'
import { useScheduleModes } from './modes-store'
import { useErrorDetail } from '../../../lib/error-text'

const next = (nos: number[]) => (nos.length ? Math.max(...nos) + 1 : 1)

export function ModeHolidaySections({
  family,
  roster,
}: {
  family: ModeFamily
  roster: ModeScheduleRoster
}) {
  const { t } = useScheduleModesText()
  const errorDetail = useErrorDetail()
  const label = useModeLabel(family)
  const remove = useScheduleModes((s) => s.remove)
  const [plan, setPlan] = useState<ModeHolidayPlanDef | 'new' | null>(null)
  const [group, setGroup] = useState<ModeHolidayGroupDef | 'new' | null>(null)

  const trash = (kind: 'holidayPlan' | 'holidayGroup', no: number, name: string) => (
    <ActionIcon
      variant="subtle"
      color="red"
      aria-label={t('remove', { name })}
      onClick={async () => {
        const res = await remove({ family, kind, no })
        notify(
          res.ok
            ? { color: 'green', message: t('removed', { name }) }
            : { color: 'red', message: errorDetail(res.error) },
        )
      }}
    >
      <IconTrash size={16} aria-hidden />
    </ActionIcon>
  )
  const planName = (no: number) => roster.holidayPlans.find((p) => p.planNo === no)?.name ?? no

  return (
    <>
      <Paper withBorder p="md" radius="md" data-testid={`mode-holidays-${family}`}>
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            {t('holidayPlans')}
          </Title>
          <Button
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setPlan('new')}
          >
            {t('addHolidayPlan')}
          </Button>
        </Group>
        {roster.holidayPlans.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noHolidayPlans')}
          </Text>
        ) : (
          <Table aria-label={t('holidayPlans')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('col.no')}</Table.Th>
                <Table.Th>{t('col.name')}</Table.Th>
                <Table.Th>{t('holiday.dates')}</Table.Th>
                <Table.Th>{t('col.days')}</Table.Th>
                <Table.Th w={40}>
                  <VisuallyHidden>{t('col.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roster.holidayPlans.map((p) => (
                <Table.Tr key={p.planNo} data-testid="mode-holiday-row">
                  <Table.Td>{p.planNo}</Table.Td>
                  <Table.Td>
                    <Button variant="subtle" size="compact-sm" onClick={() => setPlan(p)}>
                      {p.name}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    {p.beginDate} – {p.endDate}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {p.segments
                        .map((s) => `${s.begin.slice(0, 5)}–${s.end.slice(0, 5)} ${label(s.mode)}`)
                        .join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{trash('holidayPlan', p.planNo, p.name)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid={`mode-groups-${family}`}>
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            {t('holidayGroups')}
          </Title>
          <Button
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setGroup('new')}
            disabled={roster.holidayPlans.length === 0}
            title={roster.holidayPlans.length === 0 ? t('holiday.noPlansToGroup') : undefined}
          >
            {t('addHolidayGroup')}
          </Button>
        </Group>
        {roster.holidayGroups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noHolidayGroups')}
          </Text>
        ) : (
          <Table aria-label={t('holidayGroups')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('col.no')}</Table.Th>
                <Table.Th>{t('col.name')}</Table.Th>
                <Table.Th>{t('holiday.plans')}</Table.Th>
                <Table.Th w={40}>
                  <VisuallyHidden>{t('col.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roster.holidayGroups.map((g) => (
                <Table.Tr key={g.groupNo} data-testid="mode-group-row">
                  <Table.Td>{g.groupNo}</Table.Td>
                  <Table.Td>
                    <Button variant="subtle" size="compact-sm" onClick={() => setGroup(g)}>
                      {g.name}
                    </Button>
                  </Table.Td>
                  <Table.Td>{g.holidayPlanNos.map(planName).join(', ')}</Table.Td>
                  <Table.Td>{trash('holidayGroup', g.groupNo, g.name)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {plan && (
        <ModeHolidayPlanEditor
          family={family}
          plan={plan === 'new' ? null : plan}
          nextNo={next(roster.holidayPlans.map((p) => p.planNo))}
          onClose={() => setPlan(null)}
        />
      )}
      {group && (
        <ModeHolidayGroupEditor
          family={family}
          group={group === 'new' ? null : group}
          plans={roster.holidayPlans}
          nextNo={next(roster.holidayGroups.map((g) => g.groupNo))}
          onClose={() => setGroup(null)}
        />
      )}
    </>
  )
}
