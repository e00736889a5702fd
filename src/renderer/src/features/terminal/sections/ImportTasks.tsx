// "Import tasks on this terminal" (terminal.importTasks …): asynchronous imports of persons or pictures
// another tool started on the terminal, with their progress; one is deleted after an explicit
// confirmation. Shown inside the Terminal documents section.
import { Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import type { ImportTask, ImportTaskKind, ImportTaskList } from '@shared/contract/import-tasks'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useImportTasksText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { SectionProblem } from './SectionProblem'

function DeleteTask(p: {
  device: Device
  kind: ImportTaskKind
  task: ImportTask
  onDone: (lists: ImportTaskList[]) => void
  onError: (e: AppError) => void
}) {
  const { t } = useImportTasksText()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const task = p.task.taskId
  if (!asking)
    return (
      <Button
        size="compact-sm"
        variant="light"
        color="red"
        disabled={p.device.health !== 'online'}
        aria-label={t('deleteFor', { task })}
        onClick={() => setAsking(true)}
      >
        {t('delete')}
      </Button>
    )
  return (
    <Group gap={6} wrap="nowrap" role="group" aria-label={t('deleteConfirm', { task })}>
      <Text size="sm">{t('deleteConfirm', { task })}</Text>
      <Button
        size="compact-sm"
        color="red"
        loading={busy}
        onClick={async () => {
          setBusy(true)
          const r = await station.terminal.deleteImportTask({
            deviceId: p.device.id,
            kind: p.kind,
            taskId: task,
            confirm: true,
          })
          setBusy(false)
          setAsking(false)
          if (!r.ok) return p.onError(r.error)
          notify({ color: 'green', message: t('deleted', { task }) })
          p.onDone(r.value)
        }}
      >
        {t('confirm')}
      </Button>
      <Button size="compact-sm" variant="default" onClick={() => setAsking(false)}>
        {t('cancel')}
      </Button>
    </Group>
  )
}

export function ImportTasks({ device }: { device: Device }) {
  const { t } = useImportTasksText()
  const [lists, setLists] = useState<ImportTaskList[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    setBusy(true)
    const r = await station.terminal.importTasks({ deviceId: device.id })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    setError(null)
    setLists(r.value)
  }, [device.id])
  useEffect(() => {
    void load()
  }, [load])

  const rows = (lists ?? []).flatMap((l) => l.tasks.map((task) => ({ kind: l.kind, task })))
  const lacking = (lists ?? []).filter((l) => !l.offered).map((l) => t(`kind.${l.kind}`))
  const dash = (v: number | string | null): string => (v === null ? t('unknown') : String(v))
  return (
    <Stack gap="xs" data-testid="import-tasks">
      <Group justify="space-between">
        <Title order={5}>{t('title')}</Title>
        <Button size="compact-sm" variant="default" loading={busy} onClick={() => void load()}>
          {t('refresh')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('lead')}
      </Text>
      <SectionProblem error={error} />
      {lists && rows.length === 0 && <Text size="sm">{t('none')}</Text>}
      {rows.length > 0 && (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('column.kind')}</Table.Th>
              <Table.Th>{t('column.task')}</Table.Th>
              <Table.Th>{t('column.status')}</Table.Th>
              <Table.Th>{t('column.progress')}</Table.Th>
              <Table.Th>{t('column.counts')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ kind, task }) => (
              <Table.Tr key={`${kind}/${task.taskId}`} data-testid={`import-task-${task.taskId}`}>
                <Table.Td>{t(`kind.${kind}`)}</Table.Td>
                <Table.Td>{task.taskId}</Table.Td>
                <Table.Td>{dash(task.status)}</Table.Td>
                <Table.Td w={160}>
                  {task.progress === null ? (
                    t('unknown')
                  ) : (
                    <Group gap={6} wrap="nowrap">
                      <Progress value={task.progress} w={90} aria-label={`${task.progress}%`} />
                      <Text size="xs">{task.progress}%</Text>
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  {`${dash(task.succeeded)} / ${dash(task.failed)} / ${dash(task.total)}`}
                </Table.Td>
                <Table.Td>
                  <DeleteTask
                    device={device}
                    kind={kind}
                    task={task}
                    onDone={setLists}
                    onError={setError}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {lacking.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('notOffered', { kinds: lacking.join(', ') })}
        </Text>
      )}
    </Stack>
  )
}
