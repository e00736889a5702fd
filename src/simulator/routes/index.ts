import type { RouteDef } from '../http/route.js'
import { captureRoutes } from './capture.js'
import { cardRoutes } from './cards.js'
import { faceRoutes } from './faces.js'
import { fingerprintRoutes } from './fingerprints.js'
import { irisRoutes } from './iris.js'
import { mediaRoutes } from './media.js'
import { personRoutes } from './persons.js'
import { securityRoutes } from './security.js'
import { systemRoutes } from './system.js'

export function allRoutes(): RouteDef[] {
  return [...systemRoutes, ...securityRoutes, ...personRoutes, ...cardRoutes, ...faceRoutes, ...fingerprintRoutes, ...irisRoutes, ...captureRoutes, ...mediaRoutes]
}
