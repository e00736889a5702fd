// `import-tasks list D` / `import-tasks show D persons|pictures TASK` /
// `import-tasks caps D persons|pictures` / `import-tasks delete D persons|pictures TASK --yes`:
// the asynchronous import tasks another tool started on a terminal (contract/import-tasks.ts).
// Deleting needs --yes (else exit 2, nothing sent).
import type { ImportTask, ImportTaskDocument, ImportTaskList } from '@shared/contract/import-tasks'
import { need, show, table, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

const USAGE = `import-tasks list D
import-tasks show D persons|pictures TASK
import-tasks caps D persons|pictures
import-tasks delete D persons|pictures TASK --yes`

const dash = (v: string | number | null): string => (v === null ? '—' : String(v))

const rows = (lists: ImportTaskList[]): string =>
  table([
    ['KIND', 'TASK', 'STATUS', 'PROGRESS', 'DONE', 'FAILED', 'TOTAL'],
    ...lists.flatMap((l) =>
      l.offered
        ? l.tasks.map((t: ImportTask) => [
            l.kind,
            t.taskId,
            dash(t.status),
            t.progress === null ? '—' : `${t.progress}%`,
            dash(t.succeeded),
            dash(t.failed),
            dash(t.total),
          ])
        : [[l.kind, '(not offered)', '', '', '', '', '']],
    ),
  ])

const document = (d: ImportTaskDocument): string =>
  `${d.path}\n${JSON.stringify(d.document, null, 2)}`

export const importTaskCommands: Record<string, Command> = {
  list: async (cli) => {
    const [ref] = cli.args
    if (!ref) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const lists = need<ImportTaskList[]>(
      cli,
      await cli.station.call('terminal.importTasks', { deviceId: device.id }),
    )
    return lists ? show(cli, lists, () => rows(lists)) : 1
  },
  show: async (cli) => {
    const [ref, kind, taskId] = cli.args
    if (!ref || !kind || !taskId) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const d = need<ImportTaskDocument>(
      cli,
      await cli.station.call('terminal.importTask', { deviceId: device.id, kind, taskId }),
    )
    return d ? show(cli, d, () => document(d)) : 1
  },
  caps: async (cli) => {
    const [ref, kind] = cli.args
    if (!ref || !kind) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const d = need<ImportTaskDocument>(
      cli,
      await cli.station.call('terminal.importCaps', { deviceId: device.id, kind }),
    )
    return d ? show(cli, d, () => document(d)) : 1
  },
  delete: async (cli) => {
    const [ref, kind, taskId] = cli.args
    if (!ref || !kind || !taskId) throw new UsageError(USAGE)
    if (cli.flags.yes !== true)
      throw new UsageError('deleting a task another tool started needs --yes')
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const lists = need<ImportTaskList[]>(
      cli,
      await cli.station.call('terminal.deleteImportTask', {
        deviceId: device.id,
        kind,
        taskId,
        confirm: true,
      }),
    )
    return lists ? show(cli, lists, () => `Deleted ${kind} task ${taskId}.\n${rows(lists)}`) : 1
  },
}
