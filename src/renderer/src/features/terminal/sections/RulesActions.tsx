// Actions beside the access-rule and event settings forms: clear anti-passback records (all, or
// some persons'), reset a rule family to factory values (rules.clear), and the terminal's
// attendance template list (rules.attendanceTemplates). Shown only where the section's
// resources are offered; nothing is sent while the terminal is offline.
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { IconEraser, IconList } from '@tabler/icons-react'
import { useState } from 'react'
import type { AttendanceTemplateView, RuleClear } from '@shared/contract/rules'
import { useRulesText } from '../../../i18n/feature-hooks'
import { useErrorText } from '../../../lib/error-text'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { useBusy } from '../../../lib/use-busy'
import type { SectionProps } from '../sections'

const offered = (props: SectionProps, id: string): boolean =>
  props.caps.config?.some((r) => r.id === id && r.offered) === true

const EMPLOYEE = /^.{1,32}$/

function useClear(deviceId: string) {
  const { t } = useRulesText()
  const errorText = useErrorText()
  const [busy, run] = useBusy()
  const clear = async (what: RuleClear, employeeNos?: string[]) => {
    const r = await run(() =>
      station.rules.clear({ deviceId, what, ...(employeeNos ? { employeeNos } : {}) }),
    )
    if (r.ok)
      notify({
        color: 'green',
        message: what === 'antiPassbackRecords' ? t('antiPassback.cleared') : t('reset.done'),
      })
    else
      notify({ color: 'red', title: errorText(r.error).title, message: errorText(r.error).words })
  }
  return { busy, clear }
}

/** Access rules: clear anti-passback records; reset the rule and the groups. */
export function AccessRulesActions(props: SectionProps) {
  const { t } = useRulesText()
  const { device } = props
  const canSend = device.health === 'online'
  const { busy, clear } = useClear(device.id)
  const [who, setWho] = useState('')
  const list = who
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const badList = list.length > 32 || list.some((e) => !EMPLOYEE.test(e))
  const antiPassback = offered(props, 'AntiSneakCfg')
  const groups = offered(props, 'GroupCfg')
  if (!antiPassback && !groups) return null
  const reset = (what: RuleClear) => {
    if (window.confirm(t('reset.confirm'))) void clear(what)
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="rules-actions">
      <Stack gap="sm">
        {antiPassback && (
          <>
            <Title order={3} size="h5">
              {t('antiPassback.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('antiPassback.lead')}
            </Text>
            <Group align="flex-end">
              <TextInput
                label={t('antiPassback.employees')}
                value={who}
                onChange={(e) => setWho(e.currentTarget.value)}
                error={badList ? t('antiPassback.badList') : undefined}
                w={360}
                data-testid="anti-passback-employees"
              />
              <Button
                leftSection={<IconEraser size={16} aria-hidden />}
                loading={busy}
                disabled={!canSend || badList}
                onClick={() => void clear('antiPassbackRecords', list.length ? list : undefined)}
                data-testid="anti-passback-clear"
              >
                {t('antiPassback.clear')}
              </Button>
            </Group>
          </>
        )}
        <Title order={3} size="h6">
          {t('reset.title')}
        </Title>
        <Group>
          {antiPassback && (
            <Button
              variant="default"
              disabled={!canSend || busy}
              onClick={() => reset('antiPassbackRules')}
            >
              {t('reset.antiPassbackRules')}
            </Button>
          )}
          {groups && (
            <Button variant="default" disabled={!canSend || busy} onClick={() => reset('groups')}>
              {t('reset.groups')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  )
}

/** Event settings: reset the event–card linkages. */
export function EventConfigActions(props: SectionProps) {
  const { t } = useRulesText()
  const { device } = props
  const { busy, clear } = useClear(device.id)
  if (!offered(props, 'EventCardLinkageCfg')) return null
  return (
    <Group>
      <Button
        variant="default"
        leftSection={<IconEraser size={16} aria-hidden />}
        disabled={device.health !== 'online' || busy}
        onClick={() => {
          if (window.confirm(t('reset.confirm'))) void clear('eventCardLinkage')
        }}
      >
        {t('reset.eventCardLinkage')}
      </Button>
    </Group>
  )
}

/** Attendance: the terminal's template list (21.26.2), read on demand. */
export function AttendanceTemplates(props: SectionProps) {
  const { t } = useRulesText()
  const errorText = useErrorText()
  const { device } = props
  const [busy, run] = useBusy()
  const [list, setList] = useState<AttendanceTemplateView[] | null>(null)
  if (!offered(props, 'AttendancePlanTemplate')) return null
  const property = (p: string): string =>
    p === 'check' || p === 'break' || p === 'overtime' ? t(`templates.properties.${p}`) : p
  return (
    <Paper withBorder radius="md" p="md" data-testid="attendance-templates">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('templates.title')}
          </Title>
          <Button
            variant="default"
            leftSection={<IconList size={16} aria-hidden />}
            loading={busy}
            disabled={device.health !== 'online'}
            onClick={async () => {
              const r = await run(() => station.rules.attendanceTemplates({ deviceId: device.id }))
              if (r.ok) setList(r.value)
              else
                notify({
                  color: 'red',
                  title: errorText(r.error).title,
                  message: errorText(r.error).words,
                })
            }}
          >
            {t('templates.show')}
          </Button>
        </Group>
        {list && list.length === 0 && <Text size="sm">{t('templates.empty')}</Text>}
        {list && list.length > 0 && (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('templates.no')}</Table.Th>
                <Table.Th>{t('templates.name')}</Table.Th>
                <Table.Th>{t('templates.property')}</Table.Th>
                <Table.Th>{t('templates.weekPlan')}</Table.Th>
                <Table.Th>{t('templates.enabled')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((x) => (
                <Table.Tr key={x.templateNo}>
                  <Table.Td>{x.templateNo}</Table.Td>
                  <Table.Td>{x.templateName}</Table.Td>
                  <Table.Td>{property(x.property)}</Table.Td>
                  <Table.Td>{x.weekPlanNo}</Table.Td>
                  <Table.Td>{x.enable ? t('templates.yes') : t('templates.no2')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  )
}
