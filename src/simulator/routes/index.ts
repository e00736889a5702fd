import type { RouteDef } from '../http/route.js'
import { activationRoutes } from './activation.js'
import { antiPassbackRoutes } from './anti-passback.js'
import { attendanceRoutes } from '../config/attendance-keys.js'
import { adminAccessRoutes } from './admin-accesses.js'
import { captureRoutes } from './capture.js'
import { clearRoutes } from './clear.js'
import { cardRoutes } from './cards.js'
import { faceRoutes } from './faces.js'
import { faceSearchRoutes } from './face-search.js'
import { fingerprintRoutes } from './fingerprints.js'
import { configDocRoutes } from './config-docs.js'
import { doorRoutes } from './door.js'
import { eventRoutes } from './events.js'
import { notificationRoutes } from './http-hosts.js'
import { irisRoutes } from './iris.js'
import { logRoutes } from './log.js'
import { mediaRoutes } from './media.js'
import { streamingRoutes } from './streaming.js'
import { personRoutes } from './persons.js'
import { securityRoutes } from './security.js'
import { systemRoutes } from './system.js'
import { timeRoutes } from './time.js'
import { upgradeRoutes } from './upgrade.js'
import { peripheralUpgradeRoutes } from './peripheral-upgrade.js'
import { guide1ReadRoutes } from './guide1-reads.js'
import { userPermissionCapsRoutes } from './security-guide1.js'
import { doorSecurityModuleRoutes } from './door-security-module.js'
import { withoutSetUp } from './without-setup.js'
import { asyncImportRoutes } from './async-import.js'
import { imageRestoreRoutes } from './image-restore.js'
import { serverCertificateRoutes } from './server-certificate.js'
import { faceAnalysisRoutes } from './face-analysis.js'
import { idBlockListRoutes } from './id-block-list.js'
import { ttsHolidayPlanRoutes } from './tts-holiday-plan.js'

export function allRoutes(): RouteDef[] {
  return withoutSetUp([
    ...activationRoutes,
    ...systemRoutes,
    ...securityRoutes,
    ...adminAccessRoutes,
    ...personRoutes,
    ...cardRoutes,
    ...faceRoutes,
    ...faceAnalysisRoutes,
    ...faceSearchRoutes,
    ...fingerprintRoutes,
    ...irisRoutes,
    ...captureRoutes,
    ...mediaRoutes,
    ...streamingRoutes,
    ...eventRoutes,
    ...notificationRoutes,
    ...doorRoutes,
    ...timeRoutes,
    ...upgradeRoutes,
    ...peripheralUpgradeRoutes,
    ...logRoutes,
    ...configDocRoutes(),
    ...clearRoutes,
    ...antiPassbackRoutes,
    ...attendanceRoutes,
    ...guide1ReadRoutes,
    ...userPermissionCapsRoutes,
    ...doorSecurityModuleRoutes,
    ...asyncImportRoutes,
    ...imageRestoreRoutes,
    ...serverCertificateRoutes,
    ...idBlockListRoutes,
    ...ttsHolidayPlanRoutes,
  ])
}
