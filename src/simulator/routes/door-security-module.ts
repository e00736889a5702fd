// The secure door control unit's status (guide 21.20.6, 21.20.7; protocol-config/04 §5): one
// character per door in each bit string — online ('1': the unit answers) and tampered
// (`desmantelStatus`, the vendor's spelling kept; '1' once a tamper alarm was raised since the
// last reboot or reset, i.e. while the alarm is in the terminal's event log).
import { xml } from '../http/respond.js'
import type { RouteDef } from '../http/route.js'
import type { SimDevice } from '../device.js'

const BASE = '/ISAPI/AccessControl/DoorSecurityModule/moduleStatus'
/** Major 1 (alarm), minor 1028 (0x404): the case was opened (events/access.ts 'tamper'). */
const TAMPER = { major: 1, minor: 1028 }

function tampered(dev: SimDevice, doorNo: number): boolean {
  for (const e of dev.log.entries())
    if (e.major === TAMPER.major && e.minor === TAMPER.minor) {
      const door = typeof e.fields.doorNo === 'number' ? e.fields.doorNo : 1
      if (door === doorNo) return true
    }
  return false
}

const bits = (n: number, on: (i: number) => boolean): string =>
  Array.from({ length: n }, (_, i) => (on(i + 1) ? '1' : '0')).join('')

export const doorSecurityModuleRoutes: RouteDef[] = [
  {
    path: BASE,
    format: 'xml',
    GET: (ctx) =>
      xml('ModuleStatus', {
        onlineStatus: bits(ctx.dev.profile.doors, () => true),
        desmantelStatus: bits(ctx.dev.profile.doors, (d) => tampered(ctx.dev, d)),
      }),
  },
  {
    path: `${BASE}/capabilities`,
    format: 'xml',
    GET: (ctx) =>
      xml('ModuleStatus', {
        securityModuleNo: { '@min': 1, '@max': Math.max(1, ctx.dev.profile.doors) },
        onlineStatus: { '@opt': '0,1' },
        desmantelStatus: { '@opt': '0,1' },
      }),
  },
]
