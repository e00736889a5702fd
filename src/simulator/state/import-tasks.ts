// Asynchronous import tasks a terminal holds (guide 21.22: UserInfo / UserPic
// asyncImportDatasTasks). The request that creates a task is in no source the project has
// (protocol/02-person-card.md §6), so tasks are created by the control API only (another tool
// started them); the ISAPI side reads their status and deletes them.
import type { SimDevice } from '../device.js'

export type ImportTaskKind = 'persons' | 'pictures'

export interface SimImportTask {
  taskID: string
  kind: ImportTaskKind
  total: number
  succeeded: number
  failed: number
}

const held = new WeakMap<SimDevice, Map<string, SimImportTask>>()
let next = 1

export function importTasks(dev: SimDevice): Map<string, SimImportTask> {
  let tasks = held.get(dev)
  if (!tasks) held.set(dev, (tasks = new Map()))
  return tasks
}

/** A task another tool started (control API). `succeeded + failed` ≤ total. */
export function addImportTask(
  dev: SimDevice,
  kind: ImportTaskKind,
  total: number,
  succeeded = 0,
  failed = 0,
): SimImportTask {
  const taskID = `${Date.now().toString(36)}${(next++).toString().padStart(4, '0')}`
  const done = Math.min(total, succeeded + failed)
  const task: SimImportTask = {
    taskID,
    kind,
    total,
    succeeded: Math.min(succeeded, done),
    failed: done - Math.min(succeeded, done),
  }
  importTasks(dev).set(taskID, task)
  return task
}

/** How far a task is, as the status answers say it (shape inferred: protocol/02 §6 [INF]). */
export function taskStatus(t: SimImportTask): Record<string, unknown> {
  const done = t.succeeded + t.failed
  return {
    taskID: t.taskID,
    status: done >= t.total ? (t.failed > 0 ? 'partlyFailed' : 'completed') : 'processing',
    progress: t.total === 0 ? 100 : Math.floor((done * 100) / t.total),
    totalNum: t.total,
    successNum: t.succeeded,
    failedNum: t.failed,
  }
}
