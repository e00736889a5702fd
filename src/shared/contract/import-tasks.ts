// Asynchronous import tasks on a terminal (guide 21.22.7, 12, 24–28, 33): imports of person
// data or person pictures that another tool started on it. The station sees them, their
// progress, and deletes one on request; it does not start any (the creation request is in no
// source the project has: protocol/02-person-card.md §6).
import { z } from 'zod'
import { id, method } from './method'

export const IMPORT_TASK_KINDS = ['persons', 'pictures'] as const
export type ImportTaskKind = (typeof IMPORT_TASK_KINDS)[number]

export interface ImportTask {
  taskId: string
  /** As the terminal words it (processing, completed …). */
  status: string | null
  /** 0–100, when the terminal says. */
  progress: number | null
  total: number | null
  succeeded: number | null
  failed: number | null
}

export interface ImportTaskList {
  kind: ImportTaskKind
  /** The terminal's capabilities say it runs this kind of task. */
  offered: boolean
  tasks: ImportTask[]
}

export interface ImportTaskDocument {
  kind: ImportTaskKind
  /** Read from this ISAPI address, as the terminal sent it. */
  path: string
  document: Record<string, unknown>
  tasks: ImportTask[]
}

const kind = z.enum(IMPORT_TASK_KINDS, { message: 'persons or pictures' })
const taskId = z
  .string()
  .regex(/^[0-9A-Za-z_-]{1,64}$/, 'a task ID is 1 to 64 letters, digits, - or _')

export const importTasksApi = {
  /** Each kind of task: offered or not, and the tasks the terminal holds. */
  'terminal.importTasks': method<ImportTaskList[]>()(z.object({ deviceId: id }).strict()),
  /** One task's status, read now. */
  'terminal.importTask': method<ImportTaskDocument>()(
    z.object({ deviceId: id, kind, taskId }).strict(),
  ),
  /** The capability document of one kind of task. */
  'terminal.importCaps': method<ImportTaskDocument>()(z.object({ deviceId: id, kind }).strict()),
  /** Deletes one task (confirmed by the user: another tool started it). The list after. */
  'terminal.deleteImportTask': method<ImportTaskList[]>()(
    z.object({ deviceId: id, kind, taskId, confirm: z.literal(true) }).strict(),
  ),
}
