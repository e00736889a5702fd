import { Badge, Code, List, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useSchedulesText } from '../../i18n/feature-hooks'
import type { ScheduleApplyReport, ScheduleDeviceResult } from '@shared/model'
import type { AppError } from '@shared/result'
import { useDeviceProblem } from '../devices/device-problem'
import { useDevices } from '../devices/store'
import { deviceCode, misfit, outcomeOf, writtenCounts, type Outcome } from './apply-outcome'
import { useErrorDetail } from '../../lib/error-text'
import { useReasonWords } from '../../lib/reason-words'
import { termWords } from '@shared/reason-terms'
import { useTranslation } from 'react-i18next'

/** The station's reason for a misfit → its explanation. */
const REASON: Record<string, 'noSchedules' | 'outOfRange' | 'noClear'> = {
  NO_SCHEDULES: 'noSchedules',
  OUT_OF_RANGE: 'outOfRange',
  NO_CLEAR: 'noClear',
}

const COLOR: Record<Outcome, string> = {
  written: 'green',
  refused: 'red',
  notSupported: 'orange',
  failed: 'gray',
}

/** Each terminal's answer to the last apply. */
export function ApplyResults({ report }: { report: ScheduleApplyReport }) {
  const { t } = useSchedulesText()
  const ok = report.devices.filter((d) => d.ok).length
  return (
    <Paper withBorder p="md" radius="md" data-testid="schedules-results">
      <Title order={2} size="h4" mb={4}>
        {t('apply.resultsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" data-testid="results-summary">
        {t('apply.summary', { ok, total: report.devices.length })}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" aria-label={t('apply.resultsTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="20%">{t('apply.col.terminal')}</Table.Th>
              <Table.Th w={180}>{t('apply.col.outcome')}</Table.Th>
              <Table.Th>{t('apply.col.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.devices.map((r) => (
              <ResultRow key={r.deviceId} result={r} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}

function ResultRow({ result }: { result: ScheduleDeviceResult }) {
  const { t } = useSchedulesText()
  const outcome = outcomeOf(result)
  return (
    <Table.Tr data-testid="schedule-result" data-outcome={outcome}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {result.deviceName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={COLOR[outcome]} variant="dot" style={{ textTransform: 'none' }}>
          {t(`apply.outcome.${outcome}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Details result={result} outcome={outcome} />
      </Table.Td>
    </Table.Tr>
  )
}

function Details({ result, outcome }: { result: ScheduleDeviceResult; outcome: Outcome }) {
  const { t } = useSchedulesText()
  const errorDetail = useErrorDetail()
  const deviceProblem = useDeviceProblem()
  const device = useDevices((s) => s.devices?.find((d) => d.id === result.deviceId))
  const counts = writtenCounts(result)
    .map(([kind, count]) => t(`apply.written.${kind}`, { count }))
    .join(' · ')
  const code = deviceCode(result)
  const error = result.error
  return (
    <Stack gap={4}>
      {outcome === 'written' && (
        <Text size="sm">
          {counts || t('apply.nothingWritten')}
          {result.cleared ? ` ${t('apply.clearedFirst')}` : ''}
        </Text>
      )}
      {outcome === 'notSupported' && <Misfit result={result} />}
      {outcome === 'refused' && error && (
        <>
          <Text size="sm">{t('apply.refusedLead')}</Text>
          <Text size="sm" c="dimmed">
            {t('apply.terminalSays', { message: errorDetail(error) })}
          </Text>
          {counts && (
            <Text size="xs" c="dimmed">
              {t('apply.partial', { list: counts })}
            </Text>
          )}
        </>
      )}
      {outcome === 'failed' && error && (
        <Text size="sm">
          {deviceProblem(
            error as AppError,
            device ? `${device.host}:${device.port}` : result.deviceName,
          )}
        </Text>
      )}
      {code && (
        <details>
          <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>
            {t('apply.deviceCode')}
          </summary>
          <Code block mt={6} data-testid="device-code">
            {Object.entries(code)
              .map(([k, v]) => `${k}: ${String(v)}`)
              .join('\n')}
          </Code>
        </details>
      )}
    </Stack>
  )
}

function Misfit({ result }: { result: ScheduleDeviceResult }) {
  const { t } = useSchedulesText()
  const errorDetail = useErrorDetail()
  const { reason, problems } = misfit(result)
  const reasonWords = useReasonWords()
  const { i18n } = useTranslation()
  const family = (f: string) =>
    termWords('modeFamily', f, i18n.language.startsWith('zh') ? 'zh' : 'en')
  const key = (reason ? REASON[reason] : undefined) ?? 'other'
  return (
    <>
      <Text size="sm">{t(`apply.reason.${key}`)}</Text>
      {problems.length > 0 && (
        <List size="sm" data-testid="misfits">
          {problems.map((p, i) => (
            <List.Item key={i}>
              {p.reason
                ? `${p.family ? `${family(p.family)}: ` : ''}${reasonWords(p.reason, p.message)}`
                : p.message}
            </List.Item>
          ))}
        </List>
      )}
      {key === 'other' && result.error && (
        <Text size="sm" c="dimmed">
          {t('apply.terminalSays', { message: errorDetail(result.error) })}
        </Text>
      )}
    </>
  )
}
