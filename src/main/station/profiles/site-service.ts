// `site.export` / `site.import` (contract/site.ts). Import order: the whole file is checked and
// its secrets opened (a wrong passphrase stops here, nothing touched); terminals missing here are
// added with the file's passwords (one login attempt each); then profiles, schedules and rules
// are written in ONE transaction (all or nothing).
import { randomUUID } from 'node:crypto'
import type { SiteExport, SiteImportResult } from '@shared/contract/site'
import type { ProfileTarget } from '@shared/contract/profiles'
import type {
  HolidayGroupDef,
  HolidayPlanDef,
  PlanTemplateDef,
  ScheduleRoster,
  WeekPlanDef,
} from '@shared/model'
import type {
  ModeHolidayGroupDef,
  ModeHolidayPlanDef,
  ModeTemplateDef,
  ModeWeekPlanDef,
} from '@shared/model/schedule-modes'
import { AppFailure } from '@shared/result'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import {
  openSecrets,
  parseSiteFile,
  sealSecrets,
  SITE_FORMAT,
  SITE_VERSION,
  type SiteFile,
  type TerminalSecret,
} from './site-file'
import { codedFailure } from '@shared/coded-failure'

const keyOf = (d: { host: string; port: number }) => `${d.host}:${d.port}`

export function siteService(ctx: StationContext, devices: DeviceService) {
  const { store } = ctx
  const now = () => ctx.clock.now().toISOString()

  return {
    export(withSecrets = false, passphrase?: string): SiteExport {
      const records = store.devices.list()
      const keyById = new Map(records.map((d) => [d.id, keyOf(d)]))
      const mapScope = (scope: string) =>
        scope.startsWith('device:')
          ? `device:${keyById.get(scope.slice(7)) ?? scope.slice(7)}`
          : scope
      const modes = (['Verify', 'DoorStatus'] as const).map((f) => store.schedules.modes.list(f))
      const roster: ScheduleRoster = store.schedules.list()
      const header = { format: SITE_FORMAT, version: SITE_VERSION, exportedAt: now() } as const
      const file: SiteFile = {
        ...header,
        sites: [...new Set(records.map((d) => d.site))].sort(),
        terminals: records.map((d) => ({
          key: keyOf(d),
          name: d.name,
          host: d.host,
          port: d.port,
          protocol: d.protocol,
          username: d.username,
          site: d.site,
          model: d.model,
        })),
        profiles: store.profiles.list().map((p) => ({
          name: p.name,
          description: p.description,
          settings: p.settings,
          targets: p.targets.map((t) =>
            t.kind === 'device' ? { kind: 'device', value: keyById.get(t.value) ?? t.value } : t,
          ),
          overrides: p.overrides.map((o) => ({
            terminal: keyById.get(o.deviceId) ?? o.deviceId,
            settings: o.settings,
          })),
        })),
        schedules: {
          weekPlans: roster.weekPlans as unknown as Record<string, unknown>[],
          holidayPlans: roster.holidayPlans as unknown as Record<string, unknown>[],
          holidayGroups: roster.holidayGroups as unknown as Record<string, unknown>[],
          templates: roster.templates as unknown as Record<string, unknown>[],
          modes: {
            weekPlans: modes.flatMap((m) => m.weekPlans) as unknown as Record<string, unknown>[],
            holidayPlans: modes.flatMap((m) => m.holidayPlans) as unknown as Record<
              string,
              unknown
            >[],
            holidayGroups: modes.flatMap((m) => m.holidayGroups) as unknown as Record<
              string,
              unknown
            >[],
            templates: modes.flatMap((m) => m.templates) as unknown as Record<string, unknown>[],
          },
        },
        rules: store.assignments
          .list()
          .map((r) => ({ personScope: r.personScope, deviceScope: mapScope(r.deviceScope) })),
      }
      if (withSecrets) {
        if (!passphrase) throw codedFailure('INVALID_ARGS', 'sitePassphraseNeeded')
        const secrets: TerminalSecret[] = records.map((d) => ({
          key: keyOf(d),
          username: d.username,
          password: ctx.secrets.open(d.secretSealed),
        }))
        file.secrets = sealSecrets(secrets, passphrase, header)
      }
      ctx.audit('site.export', 'site', { terminals: records.length, withSecrets })
      const site = file.sites.filter(Boolean).join('-') || 'site'
      return {
        fileName: `${site.replace(/[^\p{L}\p{N}]+/gu, '-')}-${header.exportedAt.slice(0, 10)}.esite`,
        content: JSON.stringify(file, null, 2),
        counts: {
          profiles: file.profiles.length,
          schedules:
            roster.weekPlans.length +
            roster.templates.length +
            file.schedules.modes.weekPlans.length +
            file.schedules.modes.templates.length,
          rules: file.rules.length,
          terminals: file.terminals.length,
        },
        withSecrets,
      }
    },

    async import(content: string, passphrase?: string): Promise<SiteImportResult> {
      const file = parseSiteFile(content)
      if (file.secrets && passphrase === undefined)
        throw codedFailure('INVALID_ARGS', 'sitePassphraseMissing', {}, { passphrase: 'missing' })
      const secrets = file.secrets && passphrase !== undefined ? openSecrets(file, passphrase) : []
      // terminals: those already here are matched by address; others added with the file's password
      const idByKey = new Map(store.devices.list().map((d) => [keyOf(d), d.id]))
      const terminals: SiteImportResult['terminals'] = []
      for (const t of file.terminals) {
        const address = keyOf(t)
        if (idByKey.has(address)) {
          terminals.push({ name: t.name, address, state: 'present' })
          continue
        }
        const secret = secrets.find((s) => s.key === t.key)
        if (!secret) {
          terminals.push({ name: t.name, address, state: 'skipped' })
          continue
        }
        try {
          const added = await devices.add({
            name: t.name,
            host: t.host,
            port: t.port,
            protocol: t.protocol,
            username: secret.username,
            password: secret.password,
            site: t.site,
          })
          idByKey.set(address, added.id)
          terminals.push({ name: t.name, address, state: 'added' })
        } catch (e) {
          const f = e instanceof AppFailure ? e : new AppFailure('INTERNAL', String(e))
          terminals.push({
            name: t.name,
            address,
            state: 'failed',
            error: { code: f.code, message: f.message },
          })
        }
      }
      const byKey = new Map(file.terminals.map((t) => [t.key, keyOf(t)]))
      const idOf = (terminalKey: string) => idByKey.get(byKey.get(terminalKey) ?? terminalKey)
      const at = now()
      const s = file.schedules
      const write = () =>
        store.tx(() => {
          for (const p of file.schedules.weekPlans)
            store.schedules.putWeekPlan({ ...(p as unknown as WeekPlanDef), updatedAt: at })
          for (const p of s.holidayPlans)
            store.schedules.putHolidayPlan({ ...(p as unknown as HolidayPlanDef), updatedAt: at })
          for (const g of s.holidayGroups)
            store.schedules.putHolidayGroup({ ...(g as unknown as HolidayGroupDef), updatedAt: at })
          for (const t of s.templates)
            store.schedules.putTemplate({ ...(t as unknown as PlanTemplateDef), updatedAt: at })
          const m = store.schedules.modes
          for (const p of s.modes.weekPlans)
            m.putWeekPlan({ ...(p as unknown as ModeWeekPlanDef), updatedAt: at })
          for (const p of s.modes.holidayPlans)
            m.putHolidayPlan({ ...(p as unknown as ModeHolidayPlanDef), updatedAt: at })
          for (const g of s.modes.holidayGroups)
            m.putHolidayGroup({ ...(g as unknown as ModeHolidayGroupDef), updatedAt: at })
          for (const t of s.modes.templates)
            m.putTemplate({ ...(t as unknown as ModeTemplateDef), updatedAt: at })
          for (const r of file.rules) {
            if (r.deviceScope.startsWith('device:')) {
              const id = idOf(r.deviceScope.slice(7))
              if (id) store.assignments.add(r.personScope, `device:${id}`, at)
            } else store.assignments.add(r.personScope, r.deviceScope, at)
          }
          for (const p of file.profiles) {
            const existing = store.profiles.get(p.name)
            const id = existing?.id ?? randomUUID()
            store.profiles.save({
              id,
              name: p.name,
              description: p.description,
              settings: p.settings,
              at,
            })
            const targets: ProfileTarget[] = p.targets.flatMap((t) => {
              if (t.kind !== 'device') return [t]
              const device = idOf(t.value)
              return device ? [{ kind: 'device' as const, value: device }] : []
            })
            store.profiles.setTargets(id, targets, [], false)
            for (const o of p.overrides) {
              const device = idOf(o.terminal)
              if (device) store.profiles.setOverride(id, device, o.settings)
            }
          }
        })
      try {
        write()
      } catch (e) {
        throw codedFailure(
          'INVALID_ARGS',
          terminals.some((t) => t.state === 'added')
            ? 'siteNotStoredTerminalsAdded'
            : 'siteNotStored',
          { why: e instanceof Error ? e.message : String(e) },
          { terminals },
        )
      }
      ctx.audit('site.import', 'site', {
        profiles: file.profiles.length,
        terminals: terminals.length,
      })
      return {
        profiles: file.profiles.map((p) => p.name),
        schedules:
          s.weekPlans.length +
          s.templates.length +
          s.modes.weekPlans.length +
          s.modes.templates.length,
        rules: file.rules.length,
        terminals,
      }
    },
  }
}
