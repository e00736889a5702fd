// Clearing anti-passback records (guide 21.23, protocol-config/04 §9): PUT ClearAntiSneak
// {"ClearAntiSneak":{"clearAll":false,"EmployeeNoList":[{"employeeNo":"1001"}]}} forgets where
// the listed persons (or, with clearAll, everybody) last passed, so their next entry is allowed.
// The capability document's list size and lengths are the simulator's reading [INF].
import { clearPassages } from '../access/anti-passback.js'
import { isObj, jsonRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, okJson } from '../http/respond.js'
import type { RouteDef } from '../http/route.js'

const PATH = '/ISAPI/AccessControl/ClearAntiSneak'
const MAX_LIST = 32

export const antiPassbackRoutes: RouteDef[] = [
  {
    path: `${PATH}/capabilities`,
    format: 'json',
    GET: () =>
      json({
        ClearAntiSneak: {
          clearAll: 'true,false',
          EmployeeNoList: { maxSize: MAX_LIST, employeeNo: { '@min': 1, '@max': 32 } },
        },
      }),
  },
  {
    path: PATH,
    format: 'json',
    PUT: (ctx) => {
      const body = jsonRoot(ctx, 'ClearAntiSneak')
      const all = body.clearAll
      if (all !== undefined && typeof all !== 'boolean') fail('badParameters', 'clearAll', 400)
      const list = body.EmployeeNoList
      if (all !== true) {
        if (!Array.isArray(list) || list.length === 0)
          fail('MessageParametersLack', 'EmployeeNoList')
        if (list.length > MAX_LIST) fail('badParameters', 'EmployeeNoList', 400)
      }
      const employeeNos =
        all === true
          ? ('all' as const)
          : (list as unknown[]).map((i) => {
              const e = isObj(i) ? i.employeeNo : undefined
              if (typeof e !== 'string' || e === '' || e.length > 32)
                fail('badParameters', 'employeeNo', 400)
              return e
            })
      clearPassages(ctx.dev, employeeNos)
      ctx.dev.recordEvent(3, 118, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
      return okJson()
    },
  },
]
