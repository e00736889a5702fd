// Which profile a terminal follows and the settings it should hold: the most specific
// assignment wins (the terminal itself, then its model, then its site; a tie goes to the first
// profile by name); its own override replaces single fields (door names).
import type { ConfigValue } from '@shared/contract/config'
import type { Profile, ProfileSetting, ProfileTargetKind } from '@shared/contract/profiles'

export interface TerminalRef {
  id: string
  site: string
  model: string
}

const RANK: Record<ProfileTargetKind, number> = { device: 3, model: 2, site: 1 }

function matchRank(profile: Profile, d: TerminalRef): number {
  let best = 0
  for (const t of profile.targets) {
    const hit =
      (t.kind === 'device' && t.value === d.id) ||
      (t.kind === 'model' && t.value.toLowerCase() === d.model.toLowerCase()) ||
      (t.kind === 'site' && t.value === d.site)
    if (hit) best = Math.max(best, RANK[t.kind])
  }
  return best
}

/** The profile a terminal follows, or undefined. `profiles` are ordered by name. */
export function profileFor(profiles: Profile[], d: TerminalRef): Profile | undefined {
  let chosen: Profile | undefined
  let rank = 0
  for (const p of profiles) {
    const r = matchRank(p, d)
    if (r > rank) {
      chosen = p
      rank = r
    }
  }
  return chosen
}

export const settingKey = (resource: string, instance: number | null): string =>
  `${resource.toLowerCase()}#${instance ?? ''}`

export interface EffectiveSetting {
  resource: string
  instance: number | null
  values: Record<string, ConfigValue>
  /** The keys whose value comes from the terminal's override. */
  overridden: Set<string>
}

/** The profile's settings with the terminal's override laid over them, field by field. */
export function effectiveSettings(profile: Profile, deviceId: string): EffectiveSetting[] {
  const out = new Map<string, EffectiveSetting>()
  const add = (s: ProfileSetting, override: boolean) => {
    const k = settingKey(s.resource, s.instance)
    const e = out.get(k) ?? {
      resource: s.resource,
      instance: s.instance,
      values: {},
      overridden: new Set<string>(),
    }
    for (const [key, value] of Object.entries(s.values)) {
      e.values[key] = value
      if (override) e.overridden.add(key)
    }
    out.set(k, e)
  }
  for (const s of profile.settings) add(s, false)
  for (const s of profile.overrides.find((o) => o.deviceId === deviceId)?.settings ?? [])
    add(s, true)
  return [...out.values()]
}

/** A setting list with one field set (added where absent). */
export function withField(
  settings: ProfileSetting[],
  resource: string,
  instance: number | null,
  key: string,
  value: ConfigValue,
): ProfileSetting[] {
  const k = settingKey(resource, instance)
  const copy = settings.map((s) => ({ ...s, values: { ...s.values } }))
  const hit = copy.find((s) => settingKey(s.resource, s.instance) === k)
  if (hit) hit.values[key] = value
  else copy.push({ resource, instance, values: { [key]: value } })
  return copy
}
