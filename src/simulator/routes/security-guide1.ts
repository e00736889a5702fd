// The account permission capability (guide 21.2.11; protocol-config/01 §2.4, M): which remote
// permissions an administrator may grant. This terminal lets remote configuration
// (parameterConfig) be granted to an operator or a viewer; its other permissions follow the
// account's level (security.ts) and are not offered for change.
import { xml } from '../http/respond.js'
import type { RouteDef } from '../http/route.js'

export const userPermissionCapsRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Security/UserPermission/capabilities',
    format: 'xml',
    GET: () =>
      xml('UserPermission', {
        id: { '@min': 1, '@max': 32 },
        userType: { '@opt': 'admin,operator,viewer' },
        remotePermission: { parameterConfig: { '@opt': 'true,false' } },
      }),
  },
]
