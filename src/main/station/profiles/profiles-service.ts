// Profiles as desired state (issue 15): create / from a terminal / assign / override; plan
// (read each terminal, check against its capabilities), apply through the journal, drift (read
// back and compare), adopt a terminal's values into its profile.
import { randomUUID } from 'node:crypto'
import type { ConfigValue } from '@shared/contract/config'
import type {
  DriftView,
  Profile,
  ProfileJob,
  ProfileSetting,
  ProfileTarget,
  TerminalPlan,
} from '@shared/contract/profiles'
import type { StationContext } from '../context'
import type { ConfigService } from '../config/config-service'
import { CONFIG_RESOURCES } from '../config/registry'
import type { DeviceService } from '../devices/device-service'
import { profileFor, withField } from './effective'
import type { ProfileJournal } from './journal'
import { PER_TERMINAL_FIELDS } from './per-terminal'
import type { Planner } from './planner'
import { codedFailure } from '@shared/coded-failure'

/** Terminals planned at the same time. */
const PARALLEL = 10

export async function inParallel<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length)
  let next = 0
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!)
    }
  })
  await Promise.all(lanes)
  return out
}

export interface Selection {
  profile?: string
  deviceIds?: string[]
}

export function profilesService(
  ctx: StationContext,
  devices: DeviceService,
  config: ConfigService,
  planner: Planner,
  journal: ProfileJournal,
) {
  const { store } = ctx
  const now = () => ctx.clock.now().toISOString()

  const need = (name: string): Profile => {
    const p = store.profiles.get(name)
    if (!p) throw codedFailure('NOT_FOUND', 'profileMissing', { name }, { name })
    return p
  }

  const checkResources = (settings: ProfileSetting[]): void => {
    for (const s of settings)
      if (!CONFIG_RESOURCES.some((r) => r.id.toLowerCase() === s.resource.toLowerCase()))
        throw codedFailure(
          'INVALID_ARGS',
          'configResourceUnknown',
          { resource: s.resource, known: CONFIG_RESOURCES.map((r) => r.id).join(', ') },
          { resource: s.resource },
        )
  }

  const save = (name: string, description: string, settings: ProfileSetting[]): Profile => {
    checkResources(settings)
    const existing = store.profiles.get(name)
    store.profiles.save({
      id: existing?.id ?? randomUUID(),
      name: existing?.name ?? name,
      description,
      settings,
      at: now(),
    })
    ctx.audit('profiles.save', `profile:${name}`, { settings: settings.length })
    return need(name)
  }

  /** The terminals a selection covers, each with the profile it follows. */
  const selected = (sel: Selection): { id: string; profile: Profile | undefined }[] => {
    const profiles = store.profiles.list()
    if (sel.profile) need(sel.profile)
    return store.devices
      .list()
      .filter((d) => !sel.deviceIds || sel.deviceIds.includes(d.id))
      .map((d) => ({ id: d.id, profile: profileFor(profiles, d) }))
      .filter((d) => !sel.profile || d.profile?.name.toLowerCase() === sel.profile.toLowerCase())
  }

  const plan = (sel: Selection): Promise<TerminalPlan[]> =>
    inParallel(selected(sel), PARALLEL, (d) => planner.planTerminal(d.id, d.profile))

  const driftOf = (p: TerminalPlan): DriftView => ({
    deviceId: p.deviceId,
    device: p.device,
    profile: p.profile,
    state:
      p.state === 'noProfile'
        ? 'noProfile'
        : p.state === 'unreadable'
          ? 'unreadable'
          : p.items.some((i) => i.status === 'change')
            ? 'drifted'
            : 'ok',
    checkedAt: now(),
    fields: p.items
      .filter((i) => i.status === 'change')
      .map((i) => ({
        resource: i.resource,
        instance: i.instance,
        key: i.key,
        desired: i.after,
        actual: i.before,
      })),
    ...(p.error ? { error: p.error } : {}),
  })

  const drift = async (sel: Selection): Promise<DriftView[]> => {
    const views = (await plan(sel)).map(driftOf)
    store.tx(() => {
      for (const v of views) store.profiles.putDrift(v)
    })
    return views
  }

  const apply = async (sel: Selection & { wait?: boolean }): Promise<ProfileJob> => {
    const plans = (await plan(sel)).filter((p) => p.state !== 'noProfile')
    const { jobId, done } = journal.start(plans)
    if (sel.wait) {
      await done
      // the terminals' drift state follows what they now hold (read back)
      const applied = plans.filter((p) => p.state === 'ready').map((p) => p.deviceId)
      if (applied.length > 0) await drift({ deviceIds: applied })
    }
    ctx.audit('profiles.apply', `profile-job:${jobId}`, {
      terminals: plans.length,
      profile: sel.profile ?? null,
    })
    return journal.view(jobId)!
  }

  return {
    list: (): Profile[] => store.profiles.list(),
    get: need,
    save: (a: { name: string; description?: string; settings: ProfileSetting[] }) =>
      save(a.name, a.description ?? store.profiles.get(a.name)?.description ?? '', a.settings),

    async fromDevice(name: string, deviceId: string, sections?: string[]): Promise<Profile> {
      const want = sections?.map((s) => s.toLowerCase())
      const offered = (await config.list(deviceId)).filter(
        (r) =>
          r.offered &&
          (!want || want.includes(r.id.toLowerCase()) || want.includes(r.group.toLowerCase())),
      )
      if (want) {
        const known = new Set(offered.flatMap((r) => [r.id.toLowerCase(), r.group.toLowerCase()]))
        const missing = sections!.filter((s) => !known.has(s.toLowerCase()))
        if (missing.length > 0)
          throw codedFailure(
            'NOT_SUPPORTED',
            'profileFeaturesMissing',
            { terminal: devices.record(deviceId).name, missing: missing.join(', ') },
            { missing },
          )
      }
      const settings: ProfileSetting[] = []
      for (const r of offered)
        for (const instance of r.scope === 'singleton' ? [null] : r.ids) {
          const [caps, doc] = await Promise.all([
            config.caps(deviceId, r.id, instance ?? undefined),
            config.get(deviceId, r.id, instance ?? undefined),
          ])
          const values: Record<string, ConfigValue> = {}
          for (const f of caps.fields) {
            const v = doc.values[f.key]
            if (f.readOnly || v === null || v === undefined) continue
            if (PER_TERMINAL_FIELDS.includes(f.key)) continue
            values[f.key] = v
          }
          if (Object.keys(values).length > 0) settings.push({ resource: r.id, instance, values })
        }
      return save(name, `From ${devices.record(deviceId).name}`, settings)
    },

    remove(name: string): { removed: boolean } {
      return { removed: store.profiles.remove(name) }
    },

    assign(name: string, targets: ProfileTarget[], clear = false): Profile {
      const p = need(name)
      for (const t of targets) if (t.kind === 'device') devices.record(t.value)
      store.tx(() => {
        store.profiles.setTargets(p.id, targets, [], clear)
        store.profiles.touch(p.id, now())
      })
      return need(name)
    },
    unassign(name: string, targets: ProfileTarget[]): Profile {
      const p = need(name)
      store.tx(() => store.profiles.setTargets(p.id, [], targets, false))
      return need(name)
    },
    override(name: string, deviceId: string, settings: ProfileSetting[]): Profile {
      const p = need(name)
      devices.record(deviceId)
      checkResources(settings)
      store.tx(() => {
        store.profiles.setOverride(p.id, deviceId, settings)
        store.profiles.touch(p.id, now())
      })
      return need(name)
    },

    sections: () =>
      CONFIG_RESOURCES.map((r) => ({ resource: r.id, label: r.label, group: r.group })),
    plan,
    apply,
    job: (jobId?: string): ProfileJob | null => (jobId ? journal.view(jobId) : journal.latest()),
    drift,
    driftState: (): DriftView[] =>
      store.profiles
        .drifts()
        .sort((a, b) => a.device.localeCompare(b.device, undefined, { numeric: true })),

    /** A terminal's drifted values become desired: in its profile, or in its own override. */
    async adopt(
      deviceId: string,
      keys?: string[],
      into?: 'profile' | 'override',
    ): Promise<Profile> {
      const [view] = await drift({ deviceIds: [deviceId] })
      if (!view || !view.profile)
        throw codedFailure('NOT_FOUND', 'profileNotFollowed', {
          terminal: devices.record(deviceId).name,
        })
      if (view.state === 'unreadable')
        throw codedFailure(view.error?.code ?? 'OFFLINE', 'profileTerminalUnreadable', {
          terminal: view.device,
          why: view.error?.message ?? '',
        })
      const p = need(view.profile)
      const fields = view.fields.filter(
        (f) => !keys || keys.includes(f.key) || keys.includes(`${f.resource}.${f.key}`),
      )
      let settings = p.settings
      let own = p.overrides.find((o) => o.deviceId === deviceId)?.settings ?? []
      for (const f of fields) {
        if (f.actual === null) continue
        const inOverride = own.some(
          (s) =>
            s.resource.toLowerCase() === f.resource.toLowerCase() &&
            s.instance === f.instance &&
            f.key in s.values,
        )
        if (into === 'override' || inOverride)
          own = withField(own, f.resource, f.instance, f.key, f.actual)
        else settings = withField(settings, f.resource, f.instance, f.key, f.actual)
      }
      store.tx(() => {
        store.profiles.save({ ...p, settings, at: now() })
        store.profiles.setOverride(p.id, deviceId, own)
      })
      ctx.audit('profiles.adopt', `device:${deviceId}`, {
        profile: p.name,
        fields: fields.map((f) => `${f.resource}.${f.key}`),
      })
      await drift({ deviceIds: [deviceId] })
      return need(p.name)
    },
  }
}
