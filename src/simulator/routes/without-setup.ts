// Firmware without SetUp (profile feature `noSetUp`): the create-or-replace requests are refused
// as the terminal refuses a request it does not know (notSupport), and the capability documents
// leave `setUp` out of their supported functions (profiles/set-up.ts).
import { fail } from '../http/errors.js'
import type { Handler, RouteDef } from '../http/route.js'

const SET_UP_PATHS = new Set([
  '/ISAPI/AccessControl/UserInfo/SetUp',
  '/ISAPI/AccessControl/CardInfo/SetUp',
  '/ISAPI/AccessControl/FingerPrint/SetUp',
  '/ISAPI/Intelligent/FDLib/FDSetUp',
])

const refusing =
  (h: Handler): Handler =>
  (ctx) => {
    if (ctx.dev.profile.features.has('noSetUp'))
      fail('notSupport', 'This function is not supported.', 403)
    return h(ctx)
  }

/** The routes, with each SetUp handler refusing on firmware without SetUp. */
export function withoutSetUp(routes: RouteDef[]): RouteDef[] {
  return routes.map((r) =>
    SET_UP_PATHS.has(r.path)
      ? {
          ...r,
          ...(r.PUT ? { PUT: refusing(r.PUT) } : {}),
          ...(r.POST ? { POST: refusing(r.POST) } : {}),
        }
      : r,
  )
}
