// terminal.importTasks, importTask, importCaps, deleteImportTask (contract/import-tasks.ts): the asynchronous import tasks a terminal holds
// (guide 21.22.7, 12, 24–28, 33), started on it by another tool. Offered as its AccessControl
// capabilities say; a kind the terminal lacks is refused before anything is sent. A delete is
// checked first (the task must be there) and after (it must be gone).
import { codedFailure } from '@shared/coded-failure'
import type {
  ImportTask,
  ImportTaskDocument,
  ImportTaskKind,
  ImportTaskList,
} from '@shared/contract/import-tasks'
import { IMPORT_TASK_KINDS } from '@shared/contract/import-tasks'
import type { AppFailure } from '@shared/result'
import {
  ASYNC_IMPORT_FLAG,
  isIsapiError,
  isNotOnDevice,
  type AsyncImportTask,
  type IsapiClient,
} from '../../isapi'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'

const BASE: Record<ImportTaskKind, string> = {
  persons: '/ISAPI/AccessControl/UserInfo/asyncImportDatasTasks',
  pictures: '/ISAPI/AccessControl/UserPic/asyncImportDatasTasks',
}

const view = (t: AsyncImportTask): ImportTask => ({
  taskId: t.taskId,
  status: t.status ?? null,
  progress: t.progress ?? null,
  total: t.total ?? null,
  succeeded: t.succeeded ?? null,
  failed: t.failed ?? null,
})

async function offeredKinds(client: IsapiClient): Promise<Set<ImportTaskKind>> {
  try {
    const caps = await client.config.capabilities('/ISAPI/AccessControl/capabilities', 'xml')
    return new Set(IMPORT_TASK_KINDS.filter((k) => caps[ASYNC_IMPORT_FLAG[k]]?.value === 'true'))
  } catch (e) {
    if (isIsapiError(e) && e.category === 'notSupported') return new Set()
    throw e
  }
}

export function importTasksFeature(ctx: StationContext, devices: DeviceService): Feature {
  const call = devices.call
  const name = (id: string): string => devices.record(id).name

  const requireKind = async (id: string, client: IsapiClient, kind: ImportTaskKind) => {
    if (!(await offeredKinds(client)).has(kind))
      throw codedFailure(
        'NOT_SUPPORTED',
        'importTasksUnsupported',
        { terminal: name(id), kind, flag: ASYNC_IMPORT_FLAG[kind] },
        { deviceId: id, kind },
      )
  }

  const list = (id: string): Promise<ImportTaskList[]> =>
    call(id, async (client) => {
      const offered = await offeredKinds(client)
      return Promise.all(
        IMPORT_TASK_KINDS.map(async (kind) => ({
          kind,
          offered: offered.has(kind),
          tasks: offered.has(kind) ? (await client.importTasks.list(kind)).tasks.map(view) : [],
        })),
      )
    })

  const missing = (id: string, kind: ImportTaskKind, taskId: string): AppFailure =>
    codedFailure(
      'NOT_FOUND',
      'importTaskMissing',
      { terminal: name(id), kind, taskId },
      { deviceId: id, kind, taskId },
    )

  return {
    handlers: {
      'terminal.importTasks': ({ deviceId }) => list(deviceId),
      'terminal.importCaps': ({ deviceId, kind }) =>
        call(deviceId, async (client): Promise<ImportTaskDocument> => {
          await requireKind(deviceId, client, kind)
          const document = await client.importTasks.capabilities(kind)
          return { kind, path: `${BASE[kind]}/capabilities`, document, tasks: [] }
        }),
      'terminal.importTask': ({ deviceId, kind, taskId }) =>
        call(deviceId, async (client): Promise<ImportTaskDocument> => {
          await requireKind(deviceId, client, kind)
          const r = await client.importTasks.status(kind, taskId).catch((e: unknown) => {
            throw isNotOnDevice(e) ? missing(deviceId, kind, taskId) : e
          })
          return {
            kind,
            path: `${BASE[kind]}/${taskId}/status`,
            document: r.document,
            tasks: r.tasks.map(view),
          }
        }),
      'terminal.deleteImportTask': async ({ deviceId, kind, taskId }) => {
        const before = await list(deviceId)
        const mine = before.find((l) => l.kind === kind)
        if (!mine?.offered) await call(deviceId, (client) => requireKind(deviceId, client, kind))
        if (!mine?.tasks.some((t) => t.taskId === taskId)) throw missing(deviceId, kind, taskId)
        await call(deviceId, async (client) => {
          try {
            await client.importTasks.remove(kind, taskId)
          } catch (e) {
            if (!isNotOnDevice(e)) throw e // gone meanwhile: what was asked is done
          }
        })
        ctx.audit('terminal.deleteImportTask', name(deviceId), { kind, taskId })
        const after = await list(deviceId)
        if (after.find((l) => l.kind === kind)?.tasks.some((t) => t.taskId === taskId))
          throw codedFailure(
            'DEVICE_REJECTED',
            'importTaskKept',
            { terminal: name(deviceId), kind, taskId },
            { deviceId, kind, taskId },
          )
        return after
      },
    },
  }
}
