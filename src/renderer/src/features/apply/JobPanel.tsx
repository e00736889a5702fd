import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import {
  IconClockPause,
  IconPlayerPause,
  IconPlayerStop,
  IconPlayerPlay,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useApplyText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { ApplyJob } from '@shared/model'
import { useErrorText } from '../../lib/error-text'
import { useReasonWords } from '../../lib/reason-words'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { isErrorCode } from '@shared/result'
import { useDeviceProblem } from '../devices/device-problem'
import { useDevices } from '../devices/store'
import { formatCountdown } from '../devices/use-now'
import { barParts, type BarParts } from './bar-parts'
import { ProgressBar } from './ProgressBar'
import { jobTotals, useApply } from './store'

const STATE_COLORS: Record<ApplyJob['state'], string> = {
  planned: 'gray',
  running: 'blue',
  paused: 'orange',
  done: 'green',
  failed: 'red',
  cancelled: 'gray',
}

/** Skipped steps, each kind in its own words: refused-person credentials apart from cannot-hold. */
function SkippedCounts({ parts }: { parts: BarParts }) {
  const { t } = useApplyText()
  const lines = [
    parts.personRefused > 0 && t('skippedPersonRefused', { count: parts.personRefused }),
    parts.cannotHold > 0 && t('skipped', { count: parts.cannotHold }),
    parts.otherSkipped > 0 && t('skippedOther', { count: parts.otherSkipped }),
  ].filter((x): x is string => typeof x === 'string')
  if (lines.length === 0) return null
  return (
    <Text size="xs" c="dimmed" data-testid="skipped-counts">
      {lines.join(' · ')}
    </Text>
  )
}

export function JobPanel({ job }: { job: ApplyJob }) {
  const { t } = useApplyText()
  const { i18n } = useTranslation()
  const errorText = useErrorText()
  const { rates, pause, resume, cancel } = useApply(
    useShallow((s) => ({ rates: s.rates, pause: s.pause, resume: s.resume, cancel: s.cancel })),
  )
  const devices = useDevices((s) => s.devices)
  const [busy, run] = useBusy()
  const totals = jobTotals(job)
  const parts = barParts(job.devices)
  const percent = parts.percent
  const running = job.state === 'running' || job.state === 'planned'
  const rate = Object.values(rates).reduce((n, r) => n + r.ratePerSecond, 0)
  const left = running ? Math.max(0, ...Object.values(rates).map((r) => r.secondsLeft ?? 0)) : 0
  const name = (id: string) => devices?.find((d) => d.id === id)?.name ?? t('unknownDevice')
  const problem = useDeviceProblem()
  const reasonWords = useReasonWords()
  /**
   * Why a queue waits, in the user's language: the terminal's health code (offline, locked, wrong
   * password…) as Devices words it, else what it waits for; the station's sentence only when it
   * says more than either (a full terminal's counts).
   */
  const pausedText = (d: ApplyJob['devices'][number]): string => {
    const device = devices?.find((x) => x.id === d.deviceId)
    // waiting for the operator (full, changed certificate): the station's coded reason says most
    if (d.pausedUntil === 'operator' && d.pausedCode) return reasonWords(d.pausedCode)
    if (d.pausedUntil !== 'operator' && device?.healthCode && isErrorCode(device.healthCode))
      return problem(
        {
          code: device.healthCode,
          message: d.pausedReason ?? '',
          ...(device.unlockAt ? { details: { unlockAt: device.unlockAt } } : {}),
        },
        `${device.host}:${device.port}`,
      )
    if (d.pausedCode) return reasonWords(d.pausedCode, d.pausedReason ?? '')
    if (d.pausedUntil && d.pausedUntil !== 'operator') return t(`waitingFor.${d.pausedUntil}`)
    return d.pausedReason ?? ''
  }
  const act = async (action: typeof pause) => {
    const r = await run(action)
    if (!r.ok)
      notify({ color: 'red', title: errorText(r.error).title, message: errorText(r.error).words })
  }

  return (
    <Paper withBorder p="md" radius="md" data-testid="apply-job" data-state={job.state}>
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} size="h4">
            {t('jobTitle', { time: new Date(job.createdAt).toLocaleString(i18n.language) })}
          </Title>
          <Badge color={STATE_COLORS[job.state]} variant="dot" data-testid="job-state">
            {t(`state.${job.state}`)}
          </Badge>
        </Group>
        {(running || job.state === 'paused') && totals.pending > 0 && (
          <Button
            variant="default"
            loading={busy}
            onClick={() => void act(running ? pause : resume)}
            leftSection={
              running ? (
                <IconPlayerPause size={16} aria-hidden />
              ) : (
                <IconPlayerPlay size={16} aria-hidden />
              )
            }
          >
            {running ? t('pause') : t('resume')}
          </Button>
        )}
        {(running || job.state === 'paused') && totals.pending > 0 && (
          <Button
            variant="subtle"
            color="red"
            loading={busy}
            onClick={() => void act(cancel)}
            leftSection={<IconPlayerStop size={16} aria-hidden />}
          >
            {t('cancel')}
          </Button>
        )}
      </Group>
      {totals.total === 0 ? (
        <Text size="sm">{t('nothingToDo')}</Text>
      ) : (
        <Stack gap={6}>
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {t('overall')} <span data-testid="overall-percent">{t('percent', { percent })}</span>
            </Text>
            <Text size="sm" c="dimmed" role="status" data-testid="overall-counts">
              {t('counts', totals)}
              {running && rate > 0 && ` · ${t('rate', { rate: rate.toFixed(1) })}`}
              {running && left > 0 && ` · ${t('timeLeft', { time: formatCountdown(left) })}`}
            </Text>
          </Group>
          <ProgressBar label={t('overall')} parts={parts} animated={running} />
          <SkippedCounts parts={parts} />
        </Stack>
      )}
      {job.state === 'paused' && (
        <Text size="sm" mt="sm">
          {t('paused')}
        </Text>
      )}
      <Stack gap="sm" mt="md">
        {[...job.devices]
          .sort((a, b) => name(a.deviceId).localeCompare(name(b.deviceId), i18n.language))
          .map((d) => {
            const pending = Math.max(0, d.total - d.done - d.failed - d.skipped)
            const deviceName = name(d.deviceId)
            return (
              <div key={d.deviceId} data-testid="apply-device" data-device-id={d.deviceId}>
                <Group justify="space-between" mb={4}>
                  <Text size="sm" fw={500}>
                    {deviceName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('counts', { done: d.done, failed: d.failed, pending })}
                    {running && pending > 0 && rates[d.deviceId]?.ratePerSecond
                      ? ` · ${t('rate', { rate: rates[d.deviceId]!.ratePerSecond.toFixed(1) })}`
                      : ''}
                  </Text>
                </Group>
                <ProgressBar
                  label={t('progressOf', { name: deviceName })}
                  parts={barParts([d])}
                  animated={running && !d.pausedReason && pending > 0}
                />
                {d.pausedReason && (
                  <Alert
                    mt={6}
                    color="orange"
                    variant="light"
                    icon={<IconClockPause size={18} aria-hidden />}
                    title={t('deviceWaiting', { reason: pausedText(d) })}
                    data-testid="device-paused"
                  >
                    {t(
                      d.pausedUntil === 'operator' ? 'deviceWaitingOperator' : 'deviceWaitingHint',
                    )}
                    {d.pausedUntil === 'operator' && running && (
                      <Group mt="xs">
                        <Button size="xs" variant="default" onClick={() => void act(resume)}>
                          {t('resume')}
                        </Button>
                      </Group>
                    )}
                  </Alert>
                )}
              </div>
            )
          })}
      </Stack>
    </Paper>
  )
}
