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
import { applyFeature } from './apply/feature'
import { applyStateService } from './apply/apply-state'
import { demoFeature } from './demo/feature'
import { deviceService } from './devices/device-service'
import { syncFeature } from './sync/feature'
import { previewFeature } from './preview/feature'
import { enrollFeature } from './enroll/feature'
import { eventsFeature } from './events/feature'
import { maintenanceFeature } from './maintenance/feature'
import { devicesFeature } from './devices/feature'
import { rosterFeature } from './roster/feature'
import { terminalFaceCheck } from './roster/face-check'
import { stationInfoFeature, stationInfo } from './station-info/feature'
import { rosterService } from './roster/roster-service'
import { schedulesFeature } from './schedules/feature'
import { terminalFeature } from './terminal/feature'
import { configFeature } from './config/feature'
import { profilesFeature } from './profiles/feature'
import { rulesFeature } from './rules/feature'
import { faceLibrariesFeature } from './face-libraries/feature'
import { credentialsFeature } from './credentials/feature'
import { auditFeature, auditWriter, operatorName } from './audit/feature'
import { discoveryFeature } from './onboard/feature'
import { duplicatesFeature } from './duplicates/feature'
import { personFilesFeature } from './import/feature'
import { departmentsFeature } from './departments/feature'
import { terminalDocumentsFeature } from './terminal-documents/feature'
import { certificatesFeature } from './certificates/feature'
import { importTasksFeature } from './import-tasks/feature'
import { pictureFeature } from './picture/feature'
import { voiceFeature } from './voice/feature'

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
  const applying = applyFeature(ctx, devices, applyStates, deps.apply, deps.holdingsCheckMs)
  const features: Feature[] = [
    stationInfoFeature(ctx),
    rosterFeature(ctx, roster, terminalFaceCheck(ctx, devices)),
    personFilesFeature(ctx, roster, applyStates),
    departmentsFeature(ctx),
    devicesFeature(ctx, devices, deps.healthCheckMs, applyStates.afterDeviceChange),
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
    profilesFeature(ctx, devices),
    rulesFeature(ctx, devices),
    faceLibrariesFeature(ctx, devices),
    credentialsFeature(ctx, devices, roster),
    auditFeature(ctx),
    discoveryFeature(ctx, devices),
    duplicatesFeature(ctx, devices),
    terminalDocumentsFeature(ctx, devices),
    certificatesFeature(ctx, devices),
    importTasksFeature(ctx, devices),
    pictureFeature(ctx, devices),
    voiceFeature(ctx, devices),
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
