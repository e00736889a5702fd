// Asynchronous person / picture import tasks (guide 21.22.7, 12, 24–28, 33;
// protocol/02-person-card.md §6): a terminal that offers them (AccessControl capabilities
// isSupportAsyncImportDatas / isSupportAsyncImportPic) runs imports started by another tool.
// The request that creates a task is in no source the project has, so this client only reads
// the capabilities, the status of one task or of all, and deletes a task. The answers' field
// names are not documented either [INF]: a task is any object carrying a `taskID`; its state,
// progress and counts are read under the names the project has seen used for such tasks, and
// the whole document is kept for the installer to read as sent.
import { int, isObj, str, type Obj } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

export type AsyncImportKind = 'persons' | 'pictures'

const PERSON_TASKS = '/ISAPI/AccessControl/UserInfo/asyncImportDatasTasks'
const PICTURE_TASKS = '/ISAPI/AccessControl/UserPic/asyncImportDatasTasks'

/** The AccessControl capability flag that says a terminal runs this kind of task. */
export const ASYNC_IMPORT_FLAG: Record<AsyncImportKind, string> = {
  persons: 'isSupportAsyncImportDatas',
  pictures: 'isSupportAsyncImportPic',
}

export interface AsyncImportTask {
  taskId: string
  /** As the terminal words it (e.g. processing, completed). */
  status?: string
  /** 0–100. */
  progress?: number
  total?: number
  succeeded?: number
  failed?: number
}

const first = (o: Obj, keys: string[]): unknown =>
  keys.map((k) => o[k]).find((v) => v !== undefined)

/** Every object under `doc` carrying a task ID, read as a task. */
export function findTasks(doc: unknown): AsyncImportTask[] {
  const out: AsyncImportTask[] = []
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk)
    if (!isObj(x)) return
    const id = str(first(x, ['taskID', 'taskId', 'TaskID', 'id']))
    if (id !== undefined && id !== '') {
      const t: AsyncImportTask = { taskId: id }
      const status = str(first(x, ['status', 'taskStatus', 'state']))
      if (status !== undefined) t.status = status
      const set = (k: 'progress' | 'total' | 'succeeded' | 'failed', keys: string[]): void => {
        const v = int(first(x, keys))
        if (v !== undefined) t[k] = v
      }
      set('progress', ['progress', 'percent', 'taskProgress'])
      set('total', ['totalNum', 'total', 'totalCount'])
      set('succeeded', ['successNum', 'succNum', 'successCount'])
      set('failed', ['failedNum', 'failNum', 'failedCount'])
      out.push(t)
      return
    }
    Object.values(x).forEach(walk)
  }
  walk(doc)
  return out
}

export interface AsyncImportRead {
  tasks: AsyncImportTask[]
  /** The document as the terminal sent it. */
  document: Obj
}

const asDoc = (x: unknown): Obj => (isObj(x) ? x : {})

/** GET …/asyncImportDatasTasks/capabilities (21.22.7 persons, 21.22.24 pictures). */
export async function asyncImportCapabilities(
  http: IsapiHttp,
  kind: AsyncImportKind,
  o: CallOptions = {},
): Promise<Obj> {
  const path =
    kind === 'persons'
      ? `${PERSON_TASKS}/capabilities?format=json`
      : `${PICTURE_TASKS}/capabilities?format=json`
  return asDoc(await http.json('GET', path, undefined, o))
}

/** GET …/asyncImportDatasTasks/status (21.22.33 persons, 21.22.26 pictures): every task. */
export async function asyncImportTasks(
  http: IsapiHttp,
  kind: AsyncImportKind,
  o: CallOptions = {},
): Promise<AsyncImportRead> {
  const path =
    kind === 'persons'
      ? `${PERSON_TASKS}/status?format=json`
      : `${PICTURE_TASKS}/status?format=json`
  const document = asDoc(await http.json('GET', path, undefined, o))
  return { tasks: findTasks(document), document }
}

/** GET …/asyncImportDatasTasks/<taskID>/status (21.22.28 persons, 21.22.12 pictures). */
export async function asyncImportTask(
  http: IsapiHttp,
  kind: AsyncImportKind,
  taskId: string,
  o: CallOptions = {},
): Promise<AsyncImportRead> {
  const id = encodeURIComponent(taskId)
  const path =
    kind === 'persons'
      ? `${PERSON_TASKS}/${id}/status?format=json`
      : `${PICTURE_TASKS}/${id}/status?format=json`
  const document = asDoc(await http.json('GET', path, undefined, o))
  return { tasks: findTasks(document), document }
}

/** DELETE …/asyncImportDatasTasks/<taskID> (21.22.27 persons, 21.22.25 pictures). */
export async function deleteAsyncImportTask(
  http: IsapiHttp,
  kind: AsyncImportKind,
  taskId: string,
  o: CallOptions = {},
): Promise<void> {
  const id = encodeURIComponent(taskId)
  const path =
    kind === 'persons' ? `${PERSON_TASKS}/${id}?format=json` : `${PICTURE_TASKS}/${id}?format=json`
  await http.json('DELETE', path, undefined, o)
}
