// Terminal › Voice, under the daily texts: the terminal's holiday schedules of voice prompts
// (guide ch. 19; voice.holidayCaps / holidayPlans / holidayPlan / setHolidayPlan). Lists the
// plans the terminal reports, opens one (or any number in its range) in the editor.
import { Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import type { VoiceHolidayCapsView, VoiceHolidayPlan } from '@shared/contract/voice-holiday'
import type { AppError } from '@shared/result'
import { useVoiceText } from '../../../i18n/feature-hooks'
import { station } from '../../../lib/station'
import type { SectionProps } from '../sections'
import { SectionProblem } from './SectionProblem'
import { VoiceHolidayEditor } from './VoiceHolidayEditor'

type Listed = VoiceHolidayPlan & { planId: number }

export function VoiceHolidayPlans({ device }: SectionProps) {
  const { t } = useVoiceText()
  const [caps, setCaps] = useState<VoiceHolidayCapsView | null>(null)
  const [plans, setPlans] = useState<Listed[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [editing, setEditing] = useState<{ planId: number; plan: VoiceHolidayPlan } | null>(null)
  const [planNo, setPlanNo] = useState<number | string>(1)
  const [lacking, setLacking] = useState(false)
  const canSend = device.health === 'online'

  const load = useCallback(async () => {
    const [c, l] = await Promise.all([
      station.voice.holidayCaps({ deviceId: device.id }),
      station.voice.holidayPlans({ deviceId: device.id }),
    ])
    if (!c.ok && c.error.code === 'NOT_SUPPORTED') return setLacking(true)
    if (!c.ok) return setError(c.error)
    if (!l.ok) return setError(l.error)
    setError(null)
    setCaps(c.value)
    setPlans(l.value.plans)
  }, [device.id])

  useEffect(() => {
    if (canSend) void load()
  }, [canSend, load])

  const open = async (planId: number) => {
    const r = await station.voice.holidayPlan({ deviceId: device.id, planId })
    if (!r.ok) return setError(r.error)
    setError(null)
    setEditing({ planId, plan: r.value })
  }

  const ids = caps?.planIds
  // a terminal without holiday plans: named in the section's muted line, nothing else
  if (lacking)
    return (
      <Text size="xs" c="dimmed" data-testid="voice-holiday-lacking">
        {t('holiday.lacking')}
      </Text>
    )
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm" data-testid="voice-holiday-plans">
        <Title order={3} size="h5">
          {t('holiday.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('holiday.lead')}
        </Text>
        {!canSend && !plans && (
          <Text size="sm" c="dimmed">
            {t('holiday.notRead')}
          </Text>
        )}
        <SectionProblem error={error} />
        {plans && plans.length === 0 && (
          <Text size="sm" data-testid="voice-holiday-none">
            {t('holiday.none')}
          </Text>
        )}
        {plans && plans.length > 0 && (
          <Table striped maw={720} data-testid="voice-holiday-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('holiday.plan')}</Table.Th>
                <Table.Th>{t('holiday.state')}</Table.Th>
                <Table.Th>{t('holiday.dates')}</Table.Th>
                <Table.Th>{t('holiday.texts')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.map((p) => (
                <Table.Tr key={p.planId}>
                  <Table.Td>{p.planId}</Table.Td>
                  <Table.Td>{p.enable ? t('holiday.on') : t('holiday.off')}</Table.Td>
                  <Table.Td>
                    {p.beginDate} – {p.endDate}
                  </Table.Td>
                  <Table.Td>
                    {t('holiday.counts', { success: p.success.length, failure: p.failure.length })}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`${t('holiday.edit')} ${p.planId}`}
                      onClick={() => void open(p.planId)}
                    >
                      {t('holiday.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {caps && (
          <Group align="end">
            <NumberInput
              w={160}
              label={t('holiday.planNo')}
              description={ids ? t('holiday.planRange', ids) : undefined}
              min={ids?.min ?? 1}
              max={ids?.max}
              value={planNo}
              onChange={setPlanNo}
            />
            <Button
              variant="default"
              disabled={!canSend || typeof planNo !== 'number'}
              onClick={() => typeof planNo === 'number' && void open(planNo)}
            >
              {t('holiday.open')}
            </Button>
          </Group>
        )}
        {editing && caps && (
          <VoiceHolidayEditor
            key={editing.planId}
            deviceId={device.id}
            terminal={device.name}
            planId={editing.planId}
            initial={editing.plan}
            caps={caps}
            canSend={canSend}
            onSaved={() => void load()}
            onClose={() => setEditing(null)}
          />
        )}
      </Stack>
    </Paper>
  )
}
