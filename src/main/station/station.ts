import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { EventName, StationEvents } from '@shared/api'
import type { StationInfo } from '@shared/model'
import type { Result } from '@shared/result'
import { openStore } from '../store'
import type { StationContext, StationDeps } from './context'
import { createDispatcher, type Handlers } from './dispatcher'
import { createEventBus, type StationListener } from './event-bus'
import type { Feature } from './feature'
import { applyFeature } from './apply'
import { applyStateService } from './apply/apply-state'
import { demoFeature } from './demo/demo-feature'
import { deviceService } from './devices/device-service'
import { healthMonitor } from './devices/health-monitor'
import { holdingsWatch } from './devices/holdings-watch'
import { syncFeature } from './sync/sync-feature'
import { previewFeature } from './handlers/preview-handlers'
import { enrollFeature } from './enroll/enroll-feature'
import { eventsFeature } from './events'
import { maintenanceFeature } from './maintenance/maintenance-feature'
import { deviceOpsHandlers } from './handlers/device-ops-handlers'
import { devicesHandlers } from './handlers/devices-handlers'
import { personsHandlers } from './handlers/persons-handlers'
import { stationHandlers, stationInfo } from './handlers/station-handlers'
import { rosterService } from './roster/roster-service'
import { schedulesFeature } from './schedules/schedules-feature'
import { terminalFeature } from './terminal/terminal-feature'
import { configFeature } from './config/config-feature'
import { accountPermissionsFeature } from './terminal/account-permissions'
import { listeningSlotAdminFeature } from './terminal/listening-slot-admin'
import { profilesFeature } from './profiles/profiles-feature'
import { rulesFeature } from './rules/rules-feature'
import { faceLibrariesFeature } from './face-libraries/face-libraries-feature'
import { auditFeature, auditWriter, operatorName } from './audit/audit-feature'
import { discoveryFeature } from './onboard/discovery-feature'
import { duplicatesFeature } from './onboard/duplicates-feature'
import { personFilesFeature } from './import/person-files-feature'
import { departmentsFeature } from './import/departments-feature'
import { terminalDocumentsFeature } from './terminal-documents/terminal-documents-feature'
import { pictureFeature } from './picture/picture-feature'
import { listeningHostsFeature } from './terminal/listening-hosts'

export interface Station {
  call(method: string, args: unknown): Promise<Result<unknown>>
  subscribe(listener: StationListener): () => void
  emit<E extends EventName>(event: E, payload: StationEvents[E]): void
  info(): StationInfo
  close(): Promise<void>
}

export function createStation(deps: StationDeps): Station {
  if (deps.databaseFile !== ':memory:') mkdirSync(deps.dataDir, { recursive: true })
  const store = openStore(deps.databaseFile ?? join(deps.dataDir, 'roster.sqlite'))
  deps.onStoreOpen?.(store)
  const bus = createEventBus()
  const ctx: StationContext = {
    ...deps,
    store,
    bus,
    startedAt: deps.clock.now(),
    audit: auditWriter(store, deps.clock, operatorName(deps.operator)),
  }
  const roster = rosterService(ctx)
  const applyStates = applyStateService(ctx)
  const devices = deviceService(ctx, applyStates.afterDeviceChange)
  // One line per feature; each owns its handlers and background work.
  const applying = applyFeature(ctx, devices, applyStates, deps.apply)
  const features: Feature[] = [
    { handlers: stationHandlers(ctx) },
    { handlers: personsHandlers(ctx, roster) },
    personFilesFeature(ctx, roster, applyStates),
    departmentsFeature(ctx),
    { handlers: devicesHandlers(devices), close: devices.close },
    { handlers: deviceOpsHandlers(ctx, devices) },
    healthMonitor(ctx, devices, deps.healthCheckMs),
    applying,
    enrollFeature(ctx, devices, roster),
    eventsFeature(ctx, devices),
    previewFeature(ctx, devices, deps.preview),
    demoFeature(ctx, devices, roster, applying.service),
    syncFeature(ctx, devices, roster, applyStates),
    maintenanceFeature(ctx, devices),
    schedulesFeature(ctx, devices),
    terminalFeature(ctx, devices),
    configFeature(ctx, devices),
    accountPermissionsFeature(ctx, devices),
    listeningSlotAdminFeature(devices),
    profilesFeature(ctx, devices),
    rulesFeature(ctx, devices),
    faceLibrariesFeature(ctx, devices),
    auditFeature(ctx),
    discoveryFeature(ctx, devices),
    duplicatesFeature(ctx),
    terminalDocumentsFeature(ctx, devices),
    pictureFeature(ctx, devices),
    listeningHostsFeature(ctx, devices),
    holdingsWatch(ctx, devices, applying.service.verifyAndRefill, deps.holdingsCheckMs),
  ]
  const dispatch = createDispatcher(
    Object.assign({}, ...features.map((f) => f.handlers)) as Handlers,
    deps.logger,
  )
  if (deps.background !== false) for (const feature of features) feature.start?.()
  let closed = false
  return {
    call: dispatch,
    subscribe: bus.subscribe,
    emit: bus.emit,
    info: () => stationInfo(ctx),
    async close() {
      if (closed) return
      closed = true
      for (const feature of [...features].reverse())
        await feature
          .close?.()
          .catch((error: unknown) =>
            deps.logger.error('feature failed to close', { error: String(error) }),
          )
      store.close()
    },
  }
}
