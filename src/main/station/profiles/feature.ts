// Site profiles (contract/profiles.ts): handlers, the journal resumed at start and whenever a
// terminal is checked healthy, and the scheduled drift read-back.
import type { StationContext } from '../context'
import { configService } from '../config/config-service'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { profileJournal } from './journal'
import { planner } from './planner'
import { profilesService } from './profiles-service'
import { reportCollector } from './report/collect'
import { reportService } from './report/report-service'
import { siteService } from './site-service'

/** How often the terminals are read back for drift (default 30 minutes). */
export const DRIFT_CHECK_MS = 30 * 60_000

export function profilesFeature(
  ctx: StationContext,
  devices: DeviceService,
): Feature & {
  service: ReturnType<typeof profilesService>
  applyContinuous: (deviceIds?: string[]) => Promise<void>
} {
  const config = configService(ctx, devices)
  const journal = profileJournal(ctx, devices, config)
  const plans = planner(devices, config)
  const service = profilesService(ctx, devices, config, plans, journal)
  const site = siteService(ctx, devices)
  const report = reportService(reportCollector(ctx, devices, config, plans))
  let timer: ReturnType<typeof setInterval> | undefined
  let unsubscribe: (() => void) | undefined
  const quiet = (p: Promise<unknown>) =>
    void p.catch((error: unknown) =>
      ctx.logger.warn('profiles background work failed', { error: String(error) }),
    )
  /** Continuous apply follows the roster's: the station option and the `continuousApply` setting. */
  const continuous = () => ctx.continuousApply === true && ctx.store.settings.get().continuousApply
  /** A profile change is sent by itself where continuous apply is on (same journal, same checks). */
  const thenApply =
    <A, R>(fn: (args: A) => R | Promise<R>) =>
    async (args: A): Promise<R> => {
      const result = await fn(args)
      if (continuous()) quiet(service.apply({}))
      return result
    }
  return {
    service,
    /** Plans and sends the profiles of these terminals (or all), waiting for the job. */
    applyContinuous: async (deviceIds?: string[]) => {
      await service.apply({ ...(deviceIds ? { deviceIds } : {}), wait: true })
    },
    handlers: {
      'profiles.list': () => service.list(),
      'profiles.get': ({ name }) => service.get(name),
      'profiles.save': thenApply((a) => service.save(a)),
      'profiles.fromDevice': ({ name, deviceId, sections }) =>
        service.fromDevice(name, deviceId, sections),
      'profiles.remove': ({ name }) => service.remove(name),
      'profiles.assign': thenApply(({ name, targets, clear }) =>
        service.assign(name, targets, clear),
      ),
      'profiles.unassign': thenApply(({ name, targets }) => service.unassign(name, targets)),
      'profiles.override': thenApply(({ name, deviceId, settings }) =>
        service.override(name, deviceId, settings),
      ),
      'profiles.sections': () => service.sections(),
      'profiles.plan': (a) => service.plan(a),
      'profiles.apply': (a) => service.apply(a),
      'profiles.job': ({ jobId }) => service.job(jobId),
      'profiles.drift': (a) => service.drift(a),
      'profiles.driftState': () => service.driftState(),
      'profiles.adopt': thenApply(({ deviceId, keys, into }) =>
        service.adopt(deviceId, keys, into),
      ),
      'report.build': (a) => report.build(a),
      'report.render': ({ format, lang, ...sel }) => report.render(sel, format, lang),
      'site.export': ({ withSecrets, passphrase }) => site.export(withSecrets, passphrase),
      'site.import': ({ content, passphrase }) => site.import(content, passphrase),
    },
    start() {
      quiet(journal.resume())
      devices.onChecked((id) => journal.resume(id))
      // continuous apply: a terminal added later receives its profile, as it receives the roster
      let known = new Set(ctx.store.devices.list().map((d) => d.id))
      unsubscribe = ctx.bus.subscribe((event) => {
        if (event !== 'device.status') return
        const ids = ctx.store.devices.list().map((d) => d.id)
        const added = ids.filter((id) => !known.has(id))
        known = new Set(ids)
        if (added.length > 0 && continuous()) quiet(service.apply({ deviceIds: added }))
      })
      if (ctx.scheduled !== false)
        timer = setInterval(() => quiet(service.drift({})), ctx.profileDriftMs ?? DRIFT_CHECK_MS)
    },
    async close() {
      unsubscribe?.()
      if (timer) clearInterval(timer)
    },
  }
}
