// The account permission capability (guide 21.2.11; protocol-config/01 §2.4, M): which remote
// permissions an administrator may grant to an operator or a viewer — remote configuration,
// log search, upgrade, reboot (state/remote-permissions.ts); the others follow the level.
import { xml } from '../http/respond.js'
import { GRANTABLE_PERMISSIONS } from '../state/remote-permissions.js'
import type { RouteDef } from '../http/route.js'

export const userPermissionCapsRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Security/UserPermission/capabilities',
    format: 'xml',
    GET: () =>
      xml('UserPermission', {
        id: { '@min': 1, '@max': 32 },
        userType: { '@opt': 'admin,operator,viewer' },
        remotePermission: Object.fromEntries(
          GRANTABLE_PERMISSIONS.map((p) => [p, { '@opt': 'true,false' }]),
        ),
      }),
  },
]
