// A terminal's plan: for every field its profile wants, what the terminal holds now and what
// will change, or why it cannot be sent there ("not supported here"), checked against that
// terminal's own capabilities before anything is sent. The same read serves drift.
import type { ConfigResourceInfo } from '@shared/contract/config'
import type { PlanItem, Profile, TerminalPlan } from '@shared/contract/profiles'
import { AppFailure, type ErrorCode } from '@shared/result'
import { reasonText, type Reason } from '@shared/reason-text'
import type { ConfigService } from '../config/config-service'
import { checkChange } from '../config/fields'
import type { DeviceService } from '../devices/device-service'
import { effectiveSettings, type EffectiveSetting } from './effective'

const failureOf = (
  e: unknown,
): { code: ErrorCode; message: string; details?: Record<string, unknown> } =>
  e instanceof AppFailure
    ? { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) }
    : { code: 'INTERNAL', message: String(e) }

/** The coded reason a failure carries (AppFailure details.reason), if any. */
const whyOf = (e: unknown): Reason | undefined =>
  e instanceof AppFailure ? (e.details?.reason as Reason | undefined) : undefined

function unsupportedAll(s: EffectiveSetting, why: Reason, code: ErrorCode): PlanItem[] {
  const reason = reasonText(why, 'en')
  return Object.entries(s.values).map(([key, after]) => ({
    resource: s.resource,
    instance: s.instance,
    key,
    before: null,
    after,
    status: 'unsupported',
    reason,
    why,
    code,
    ...(s.overridden.has(key) ? { override: true } : {}),
  }))
}

export function planner(devices: DeviceService, config: ConfigService) {
  async function planSetting(
    deviceId: string,
    device: string,
    offered: ConfigResourceInfo[],
    s: EffectiveSetting,
  ): Promise<PlanItem[]> {
    const info = offered.find((r) => r.id.toLowerCase() === s.resource.toLowerCase())
    if (!info)
      return unsupportedAll(
        s,
        { code: 'profileResourceUnknown', params: { resource: s.resource } },
        'NOT_FOUND',
      )
    if (!info.offered)
      return unsupportedAll(
        s,
        { code: 'profileResourceNotOffered', params: { terminal: device, resource: info.id } },
        'NOT_SUPPORTED',
      )
    const instance = info.scope === 'singleton' ? null : (s.instance ?? 1)
    if (instance !== null && !info.ids.includes(instance))
      return unsupportedAll(
        s,
        {
          code: 'profileInstanceMissing',
          params: {
            terminal: device,
            resource: info.id,
            scope: info.scope,
            instance,
            ids: info.ids.join(', ') || '—',
          },
        },
        'NOT_SUPPORTED',
      )
    const [caps, doc] = await Promise.all([
      config.caps(deviceId, info.id, instance ?? undefined),
      config.get(deviceId, info.id, instance ?? undefined),
    ])
    return Object.entries(s.values).map(([key, wanted]): PlanItem => {
      const base = {
        resource: info.id,
        instance,
        key,
        before: doc.values[key] ?? null,
        ...(s.overridden.has(key) ? { override: true } : {}),
      }
      try {
        const field = caps.fields.find((f) => f.key === key)
        const after = checkChange(field, key, wanted, {
          device,
          resource: info.id,
          fields: caps.fields,
        })
        return {
          ...base,
          after,
          status: String(base.before) === String(after) ? 'same' : 'change',
        }
      } catch (e) {
        const f = failureOf(e)
        const why = whyOf(e)
        return {
          ...base,
          after: wanted,
          status: 'unsupported',
          reason: f.message.replace(/ Nothing was sent\.$/, ''),
          ...(why ? { why } : {}),
          code: f.code,
        }
      }
    })
  }

  return {
    /** Reads one terminal and plans its profile (an unreadable terminal: state unreadable). */
    async planTerminal(deviceId: string, profile: Profile | undefined): Promise<TerminalPlan> {
      const record = devices.record(deviceId)
      const head = {
        deviceId,
        device: record.name,
        model: record.model,
        site: record.site,
        profile: profile?.name ?? null,
      }
      if (!profile) return { ...head, state: 'noProfile', items: [] }
      try {
        const offered = await config.list(deviceId)
        const items: PlanItem[] = []
        for (const s of effectiveSettings(profile, deviceId))
          items.push(...(await planSetting(deviceId, record.name, offered, s)))
        return { ...head, state: 'ready', items }
      } catch (e) {
        return { ...head, state: 'unreadable', error: failureOf(e), items: [] }
      }
    },
  }
}

export type Planner = ReturnType<typeof planner>
