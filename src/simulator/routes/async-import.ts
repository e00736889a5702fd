// Asynchronous person / picture import tasks (guide 21.22.7, 12, 24–28, 33;
// protocol/02-person-card.md §6): capabilities, the status of one task and of all, deleting a
// task — for person data (UserInfo) and person pictures (UserPic). Offered as the AccessControl
// capabilities say (isSupportAsyncImportDatas / isSupportAsyncImportPic). Field names of the
// answers are not in any source (protocol/02 §6 [INF]); the ones used here are this
// simulator's reading, the client does not depend on them beyond `taskID`.
import { json, jsonStatus, okJson } from '../http/respond.js'
import type { RouteDef } from '../http/route.js'
import { importTasks, taskStatus, type ImportTaskKind } from '../state/import-tasks.js'

const ACS = '/ISAPI/AccessControl'

function kindRoutes(base: string, kind: ImportTaskKind, feature?: 'face'): RouteDef[] {
  const scope = feature ? { feature } : {}
  const mine = (ctx: Parameters<NonNullable<RouteDef['GET']>>[0]) =>
    [...importTasks(ctx.dev).values()].filter((t) => t.kind === kind)
  return [
    {
      path: `${base}/capabilities`,
      format: 'json',
      ...scope,
      GET: () =>
        json({
          AsyncImportDatasTasksCap: {
            maxTaskNum: 4,
            isSupportStatus: true,
            isSupportDelete: true,
            status: { '@opt': 'processing,completed,partlyFailed' },
          },
        }),
    },
    {
      path: `${base}/status`,
      format: 'json',
      ...scope,
      GET: (ctx) => json({ TaskStatusList: mine(ctx).map((t) => ({ TaskStatus: taskStatus(t) })) }),
    },
    {
      path: `${base}/:taskID/status`,
      format: 'json',
      ...scope,
      GET: (ctx) => {
        const t = mine(ctx).find((x) => x.taskID === ctx.params.taskID)
        return t
          ? json({ TaskStatus: taskStatus(t) })
          : jsonStatus('noRecord', { errorMsg: 'taskID' })
      },
    },
    {
      path: `${base}/:taskID`,
      format: 'json',
      ...scope,
      rights: { DELETE: 'config' },
      DELETE: (ctx) => {
        const tasks = importTasks(ctx.dev)
        const t = tasks.get(ctx.params.taskID ?? '')
        if (!t || t.kind !== kind) return jsonStatus('noRecord', { errorMsg: 'taskID' })
        tasks.delete(t.taskID)
        return okJson()
      },
    },
  ]
}

export const asyncImportRoutes: RouteDef[] = [
  ...kindRoutes(`${ACS}/UserInfo/asyncImportDatasTasks`, 'persons'),
  ...kindRoutes(`${ACS}/UserPic/asyncImportDatasTasks`, 'pictures', 'face'),
]
