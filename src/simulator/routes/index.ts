import type { RouteDef } from '../http/route.js'
import { cardRoutes } from './cards.js'
import { personRoutes } from './persons.js'
import { securityRoutes } from './security.js'
import { systemRoutes } from './system.js'

export function allRoutes(): RouteDef[] {
  return [...systemRoutes, ...securityRoutes, ...personRoutes, ...cardRoutes]
}
