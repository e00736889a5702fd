import type { StationInfo } from '@shared/model'
import type { StationContext } from '../context'
import type { Feature } from '../feature'

export function stationInfo(ctx: StationContext): StationInfo {
  return {
    name: 'Enrollment Station',
    version: ctx.version,
    dataDir: ctx.dataDir,
    bridge: ctx.bridge,
    schemaVersion: ctx.store.schemaVersion(),
    counts: ctx.store.counts.get(),
    startedAt: ctx.startedAt.toISOString(),
  }
}

export function stationInfoFeature(ctx: StationContext): Feature {
  return {
    handlers: {
      'station.info': () => stationInfo(ctx),
      'settings.get': () => ctx.store.settings.get(),
      'settings.set': (patch) => {
        ctx.store.settings.set(patch)
        const settings = ctx.store.settings.get()
        ctx.audit('settings.set', 'settings', patch)
        ctx.bus.emit('settings.changed', settings)
        return settings
      },
    },
  }
}
