import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core'
import { IconSend } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useApplyText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from '../devices/store'
import { ErrorNotice } from '../shell/ErrorNotice'
import { FailureGroups } from './FailureGroups'
import { HoldingsNotices } from './HoldingsNotices'
import { JobHistory } from './JobHistory'
import { JobPanel } from './JobPanel'
import { PendingPanel } from './PendingPanel'
import { RulesPanel } from './RulesPanel'
import { useApply } from './store'

export function ApplyPage() {
  const { t } = useApplyText()
  const errorText = useErrorText()
  const { job, failures, jobs, assignments, error, load, start, notices, dismissNotice } = useApply(
    useShallow((s) => ({
      notices: s.notices,
      dismissNotice: s.dismissNotice,
      job: s.job,
      failures: s.failures,
      jobs: s.jobs,
      assignments: s.assignments,
      error: s.error,
      load: s.load,
      start: s.start,
    })),
  )
  const loadDevices = useDevices((s) => s.load)
  const [busy, run] = useBusy()
  useEffect(() => {
    void load()
    void loadDevices()
  }, [load, loadDevices])

  const applyNow = async () => {
    const r = await run(() => start())
    if (!r.ok)
      notify({
        color: 'red',
        title: errorText(r.error).title,
        message: errorText(r.error).advice ?? errorText(r.error).detail,
      })
  }

  return (
    <Stack gap="md" style={{ flex: 1, minHeight: 0, overflow: 'auto' }} pb="md">
      <Group gap="md">
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          loading={busy}
          onClick={() => void applyNow()}
        >
          {t('applyNow')}
        </Button>
        <Text size="sm" c="dimmed" role="status">
          {busy ? t('starting') : t('applyNowHint')}
        </Text>
      </Group>
      {error && <ErrorNotice error={error} onRetry={() => void load()} />}
      <HoldingsNotices notices={notices} onDismiss={dismissNotice} />
      <PendingPanel />
      {job ? (
        <JobPanel job={job} />
      ) : (
        !error && (
          <Paper withBorder p="xl" radius="md" maw={760}>
            <EmptyState
              icon={<IconSend size={28} aria-hidden />}
              variant="light"
              title={t('noJobTitle')}
              description={t('noJobBody')}
            />
          </Paper>
        )
      )}
      {failures.length > 0 && <FailureGroups failures={failures} />}
      {assignments && <RulesPanel rules={assignments} />}
      <JobHistory jobs={jobs} current={job?.id ?? null} />
    </Stack>
  )
}
