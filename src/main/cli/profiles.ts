// `profiles …`: site profiles (contract/profiles.ts). Settings are written as
// `Resource[#N] key=value …` (several resources in a row: `DoorParam#1 openDuration=5 Time
// timeZone=CST-8:00:00`); targets as `site:NAME`, `model:MODEL`, `device:D`.
import type { ConfigValue } from '@shared/contract/config'
import type {
  DriftView,
  PlanItem,
  Profile,
  ProfileJob,
  ProfileSetting,
  ProfileTarget,
  TerminalPlan,
} from '@shared/contract/profiles'
import { flag, need, show, table, UsageError, type CliContext, type Command } from './context'
import { resolveDevice, resolveDeviceFlags } from './devices'

export const PROFILES_USAGE = `profiles list | show NAME | remove NAME
profiles create NAME Resource[#N] key=value … [Resource[#N] key=value …]
profiles from-device NAME D [--sections doors,time,AcsCfg]
profiles assign NAME site:S|model:M|device:D … [--clear] | unassign NAME TARGET …
profiles override NAME D Resource[#N] key=value …   (this terminal's own values; none = clear)
profiles plan [--profile NAME] [--device D]… [--json] | apply [--profile NAME] [--device D]… --wait
profiles drift [--json] | restore D | adopt D [--into override] [key …]`

const print = (v: ConfigValue | null): string => (v === null ? '—' : String(v))
const where = (resource: string, instance: number | null) =>
  instance === null ? resource : `${resource}#${instance}`

/** `Resource[#N] k=v … Resource2 k=v …` → settings. */
export function parseSettings(tokens: string[]): ProfileSetting[] {
  const out: ProfileSetting[] = []
  let current: ProfileSetting | undefined
  for (const token of tokens) {
    const eq = token.indexOf('=')
    if (eq < 0) {
      const m = /^([A-Za-z][A-Za-z0-9]*)(?:#(\d+))?$/.exec(token)
      if (!m) throw new UsageError(`expected Resource[#N] or key=value, not "${token}"`)
      current = { resource: m[1]!, instance: m[2] === undefined ? null : Number(m[2]), values: {} }
      out.push(current)
      continue
    }
    if (!current) throw new UsageError(`name a resource before "${token}" (e.g. DoorParam#1)`)
    if (eq < 1) throw new UsageError(`expected key=value, not "${token}"`)
    current.values[token.slice(0, eq)] = token.slice(eq + 1)
  }
  const empty = out.find((s) => Object.keys(s.values).length === 0)
  if (empty) throw new UsageError(`give at least one key=value for ${empty.resource}`)
  return out
}

async function parseTargets(cli: CliContext, tokens: string[]): Promise<ProfileTarget[] | null> {
  if (tokens.length === 0) throw new UsageError('give a target: site:NAME, model:MODEL, device:D')
  const out: ProfileTarget[] = []
  for (const token of tokens) {
    const m = /^(site|model|device):(.+)$/.exec(token)
    if (!m) throw new UsageError(`expected site:NAME, model:MODEL or device:D, not "${token}"`)
    if (m[1] === 'device') {
      const d = await resolveDevice(cli, m[2])
      if (!d) return null
      out.push({ kind: 'device', value: d.id })
    } else out.push({ kind: m[1] as 'site' | 'model', value: m[2]! })
  }
  return out
}

const profileText = (p: Profile): string =>
  [
    `${p.name}${p.description ? ` — ${p.description}` : ''}`,
    `assigned to: ${p.targets.map((t) => `${t.kind}:${t.value}`).join(', ') || 'nothing yet'}`,
    ...p.settings.flatMap((s) =>
      Object.entries(s.values).map(([k, v]) => `  ${where(s.resource, s.instance)} ${k} = ${v}`),
    ),
    ...p.overrides.flatMap((o) =>
      o.settings.flatMap((s) =>
        Object.entries(s.values).map(
          ([k, v]) => `  [${o.deviceId}] ${where(s.resource, s.instance)} ${k} = ${v}`,
        ),
      ),
    ),
  ].join('\n')

const itemText = (i: PlanItem): string =>
  `  ${where(i.resource, i.instance)} ${i.key}: ${
    i.status === 'unsupported'
      ? `not supported here — ${i.reason ?? ''}`
      : `${print(i.before)} → ${print(i.after)}`
  }${i.override ? ' (override)' : ''}`

export const planText = (plans: TerminalPlan[]): string =>
  plans
    .map((p) => {
      const head = `${p.device} (${p.model || '?'}, ${p.site || 'no site'})`
      if (p.state === 'noProfile') return `${head}: follows no profile`
      if (p.state === 'unreadable')
        return `${head}: could not be read (${p.error?.code}: ${p.error?.message}) — nothing planned`
      const same = p.items.filter((i) => i.status === 'same').length
      const shown = p.items.filter((i) => i.status !== 'same')
      return [
        `${head} — profile ${p.profile}: ${shown.filter((i) => i.status === 'change').length} to change, ${same} already so`,
        ...shown.map(itemText),
      ].join('\n')
    })
    .join('\n')

const jobText = (j: ProfileJob): string =>
  [
    `job ${j.id}: ${j.state}`,
    ...j.steps.map(
      (s) =>
        `  ${s.device} ${where(s.resource, s.instance)}: ${s.state}${
          s.error
            ? ` — ${s.error.code}: ${s.error.message}`
            : s.changed.length
              ? ` — ${s.changed.map((c) => `${c.key} ${print(c.before)} → ${print(c.after)}`).join(', ')}`
              : ''
        }`,
    ),
    ...j.unsupported.flatMap((u) => [
      `  ${u.device}: not sent (not supported here)`,
      ...u.items.map(itemText),
    ]),
  ].join('\n')

const driftText = (views: DriftView[]): string =>
  views
    .map((v) =>
      v.state === 'drifted'
        ? [
            `${v.device}: DRIFTED from ${v.profile}`,
            ...v.fields.map(
              (f) =>
                `  ${where(f.resource, f.instance)} ${f.key}: ${print(f.actual)} (profile: ${print(f.desired)})`,
            ),
          ].join('\n')
        : v.state === 'unreadable'
          ? `${v.device}: not verified (${v.error?.code}: ${v.error?.message})`
          : v.state === 'noProfile'
            ? `${v.device}: follows no profile`
            : `${v.device}: as ${v.profile}`,
    )
    .join('\n')

async function selection(
  cli: CliContext,
): Promise<{ profile?: string; deviceIds?: string[] } | null> {
  const ids = await resolveDeviceFlags(cli)
  if (ids === null) return null
  const profile = flag(cli, 'profile')
  return { ...(profile ? { profile } : {}), ...(ids.length ? { deviceIds: ids } : {}) }
}

const name = (cli: CliContext): string => {
  const n = cli.args[0]
  if (!n) throw new UsageError(PROFILES_USAGE)
  return n
}

const showProfile = (cli: CliContext, p: Profile | null): number =>
  p ? show(cli, p, () => profileText(p)) : 1

const applyAndShow = async (
  cli: CliContext,
  sel: { profile?: string; deviceIds?: string[] },
): Promise<number> => {
  const job = need<ProfileJob>(
    cli,
    await cli.station.call('profiles.apply', { ...sel, wait: true }),
  )
  if (!job) return 1
  show(cli, job, () => jobText(job))
  return job.state === 'done' ? 0 : 1
}

export const profilesCommands: Record<string, Command> = {
  list: async (cli) => {
    const list = need<Profile[]>(cli, await cli.station.call('profiles.list', {}))
    if (!list) return 1
    return show(cli, list, () =>
      list.length === 0
        ? 'no profiles yet (profiles create | profiles from-device)'
        : table([
            ['PROFILE', 'SETTINGS', 'ASSIGNED TO', 'OVERRIDES'],
            ...list.map((p) => [
              p.name,
              p.settings.reduce((n, s) => n + Object.keys(s.values).length, 0),
              p.targets.map((t) => `${t.kind}:${t.value}`).join(', ') || '-',
              p.overrides.length,
            ]),
          ]),
    )
  },
  show: async (cli) =>
    showProfile(
      cli,
      need<Profile>(cli, await cli.station.call('profiles.get', { name: name(cli) })),
    ),
  create: async (cli) => {
    const settings = parseSettings(cli.args.slice(1))
    if (settings.length === 0) throw new UsageError(PROFILES_USAGE)
    return showProfile(
      cli,
      need<Profile>(cli, await cli.station.call('profiles.save', { name: name(cli), settings })),
    )
  },
  'from-device': async (cli) => {
    const device = await resolveDevice(cli, cli.args[1])
    if (!device) return 1
    const sections = flag(cli, 'sections')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    return showProfile(
      cli,
      need<Profile>(
        cli,
        await cli.station.call('profiles.fromDevice', {
          name: name(cli),
          deviceId: device.id,
          ...(sections ? { sections } : {}),
        }),
      ),
    )
  },
  assign: async (cli) => {
    const targets = await parseTargets(cli, cli.args.slice(1))
    if (!targets) return 1
    return showProfile(
      cli,
      need<Profile>(
        cli,
        await cli.station.call('profiles.assign', {
          name: name(cli),
          targets,
          clear: cli.flags.clear === true,
        }),
      ),
    )
  },
  unassign: async (cli) => {
    const targets = await parseTargets(cli, cli.args.slice(1))
    if (!targets) return 1
    return showProfile(
      cli,
      need<Profile>(cli, await cli.station.call('profiles.unassign', { name: name(cli), targets })),
    )
  },
  override: async (cli) => {
    const device = await resolveDevice(cli, cli.args[1])
    if (!device) return 1
    return showProfile(
      cli,
      need<Profile>(
        cli,
        await cli.station.call('profiles.override', {
          name: name(cli),
          deviceId: device.id,
          settings: parseSettings(cli.args.slice(2)),
        }),
      ),
    )
  },
  remove: async (cli) => {
    const r = need<{ removed: boolean }>(
      cli,
      await cli.station.call('profiles.remove', { name: name(cli) }),
    )
    if (!r) return 1
    show(cli, r, () => (r.removed ? 'removed' : 'no such profile'))
    return r.removed ? 0 : 1
  },
  plan: async (cli) => {
    const sel = await selection(cli)
    if (!sel) return 1
    const plans = need<TerminalPlan[]>(cli, await cli.station.call('profiles.plan', sel))
    return plans ? show(cli, plans, () => planText(plans)) : 1
  },
  apply: async (cli) => {
    const sel = await selection(cli)
    return sel ? applyAndShow(cli, sel) : 1
  },
  restore: async (cli) => {
    const device = await resolveDevice(cli, cli.args[0])
    return device ? applyAndShow(cli, { deviceIds: [device.id] }) : 1
  },
  drift: async (cli) => {
    const sel = await selection(cli)
    if (!sel) return 1
    const views = need<DriftView[]>(cli, await cli.station.call('profiles.drift', sel))
    if (!views) return 1
    show(cli, views, () => driftText(views))
    return views.some((v) => v.state === 'drifted' || v.state === 'unreadable') ? 1 : 0
  },
  adopt: async (cli) => {
    const device = await resolveDevice(cli, cli.args[0])
    if (!device) return 1
    const into = flag(cli, 'into')
    if (into !== undefined && into !== 'profile' && into !== 'override')
      throw new UsageError('--into takes profile or override')
    const keys = cli.args.slice(1)
    return showProfile(
      cli,
      need<Profile>(
        cli,
        await cli.station.call('profiles.adopt', {
          deviceId: device.id,
          ...(keys.length ? { keys } : {}),
          ...(into ? { into } : {}),
        }),
      ),
    )
  },
}
