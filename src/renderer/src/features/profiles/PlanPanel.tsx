import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { ProfileJob, TerminalPlan } from '@shared/contract/profiles'
import { useProfilesText } from '../../i18n/feature-hooks'
import { useErrorDetail, useErrorText } from '../../lib/error-text'
import { useReasonWords } from '../../lib/reason-words'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { useProfiles } from './store'

const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v))
const where = (r: string, n: number | null) => (n === null ? r : `${r} #${n}`)

/** The plan per terminal (shown before anything is sent), then the apply and its results. */
export function PlanPanel() {
  const { t } = useProfilesText()
  const errorDetail = useErrorDetail()
  const reasonWords = useReasonWords()
  const errorText = useErrorText()
  const loadDrift = useProfiles((s) => s.loadDrift)
  const [plans, setPlans] = useState<TerminalPlan[] | null>(null)
  const [job, setJob] = useState<ProfileJob | null>(null)
  const [busy, run] = useBusy()
  const fail = (e: Parameters<typeof errorText>[0]) => {
    const x = errorText(e)
    notify({ color: 'red', title: x.title, message: x.detail })
  }
  const plan = () =>
    run(async () => {
      setJob(null)
      const r = await station.profiles.plan({})
      if (r.ok) setPlans(r.value)
      else fail(r.error)
    })
  const apply = () =>
    run(async () => {
      const r = await station.profiles.apply({ wait: true })
      if (!r.ok) return fail(r.error)
      setJob(r.value)
      setPlans(null)
      notify({
        color: r.value.state === 'done' ? 'green' : 'orange',
        message: t('applied', { state: r.value.state }),
      })
      await loadDrift()
    })
  const stepWord = {
    done: t('stepDone'),
    failed: t('stepFailed'),
    paused: t('stepPaused'),
    pending: t('stepPending'),
  }
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('planTitle')}</Title>
          <Group>
            <Button
              variant="light"
              onClick={() => void plan()}
              loading={busy}
              data-testid="profiles-plan"
            >
              {t('plan')}
            </Button>
            <Button
              onClick={() => void apply()}
              disabled={!plans}
              loading={busy}
              data-testid="profiles-apply"
            >
              {t('apply')}
            </Button>
          </Group>
        </Group>
        {plans && (
          <Table withTableBorder data-testid="plan-table">
            <Table.Tbody>
              {plans.map((p) => {
                const head =
                  p.state === 'noProfile'
                    ? t('noProfile')
                    : p.state === 'unreadable'
                      ? `${t('unreadable')} (${p.error?.code ?? ''})`
                      : `${p.profile} · ${t('toChange', { count: p.items.filter((i) => i.status === 'change').length })} · ${t('alreadySo', { count: p.items.filter((i) => i.status === 'same').length })}`
                return [
                  <Table.Tr key={p.deviceId} data-testid={`plan-${p.device}`}>
                    <Table.Td fw={600}>{p.device}</Table.Td>
                    <Table.Td colSpan={3}>
                      <Text size="sm">{head}</Text>
                    </Table.Td>
                  </Table.Tr>,
                  ...p.items
                    .filter((i) => i.status !== 'same')
                    .map((i) => (
                      <Table.Tr key={`${p.deviceId}${i.resource}${i.instance}${i.key}`}>
                        <Table.Td />
                        <Table.Td>
                          {where(i.resource, i.instance)} {i.key}
                          {i.override && (
                            <Badge ml="xs" size="xs" variant="outline">
                              {t('override')}
                            </Badge>
                          )}
                        </Table.Td>
                        {i.status === 'unsupported' ? (
                          <Table.Td colSpan={2}>
                            <Text size="sm" c="dimmed">
                              {t('notSupported')} —{' '}
                              {i.why ? reasonWords(i.why, i.reason) : i.reason}
                            </Text>
                          </Table.Td>
                        ) : (
                          <>
                            <Table.Td>{show(i.before)}</Table.Td>
                            <Table.Td fw={600}>→ {show(i.after)}</Table.Td>
                          </>
                        )}
                      </Table.Tr>
                    )),
                ]
              })}
            </Table.Tbody>
          </Table>
        )}
        {job && (
          <Table withTableBorder data-testid="job-table">
            <Table.Tbody>
              {job.steps.map((s, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{s.device}</Table.Td>
                  <Table.Td>{where(s.resource, s.instance)}</Table.Td>
                  <Table.Td>
                    {stepWord[s.state]}
                    {s.error ? ` — ${errorText(s.error).title}: ${errorDetail(s.error)}` : ''}
                  </Table.Td>
                  <Table.Td>
                    {s.changed
                      .map((c) => `${c.key} ${show(c.before)} → ${show(c.after)}`)
                      .join(', ')}
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
