// The commissioning report's data: every terminal is read at the time of the report (identity,
// clock, profile settings, holdings, doors, listening host, last events). A terminal that cannot
// be read is "not verified": nothing about it is presented as read — no desired values in place
// of readings.
import type {
  ReportHolding,
  ReportProblem,
  ReportSetting,
  ReportTerminal,
  SiteReport,
} from '@shared/contract/report'
import { AppFailure, type ErrorCode } from '@shared/result'
import type { StationContext } from '../../context'
import type { ConfigService } from '../../config/config-service'
import { deviceOps } from '../../devices/device-ops'
import type { DeviceService } from '../../devices/device-service'
import { personsFor } from '../../apply/targets'
import { listeningSlotsService } from '../../terminal/listening-slots'
import { profileFor } from '../effective'
import type { Planner } from '../planner'
import { inParallel } from '../profiles-service'

/** Terminals read at the same time. */
const PARALLEL = 10
/** A clock further off than this is a problem on the report. */
export const MAX_DRIFT_SECONDS = 30
const LIST_MAX = 20

const failure = (e: unknown): { code: ErrorCode; message: string } =>
  e instanceof AppFailure
    ? { code: e.code, message: e.message }
    : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) }

const soft = <T>(p: Promise<T>): Promise<T | null> => p.catch(() => null)

export function reportCollector(
  ctx: StationContext,
  devices: DeviceService,
  config: ConfigService,
  planner: Planner,
) {
  const call = devices.call
  const ops = deviceOps(ctx, devices)
  const listening = listeningSlotsService(devices, call)
  const { store } = ctx

  /** What the roster sends to this terminal, counted as terminals count it. */
  function rosterShare(deviceId: string): {
    employeeNos: string[]
    counts: Record<ReportHolding['kind'], number>
  } {
    const record = devices.record(deviceId)
    const employeeNos = personsFor(store, record, store.assignments.list())
    const creds = store.snapshot.credentials(employeeNos)
    return {
      employeeNos,
      counts: {
        persons: employeeNos.length,
        cards: creds.cards.length,
        faces: creds.faces.length,
        fingerprints: new Set(creds.fingerprints.map((f) => f.employeeNo)).size,
      },
    }
  }

  async function terminal(deviceId: string): Promise<ReportTerminal> {
    const record = devices.record(deviceId)
    const base = {
      deviceId,
      name: record.name,
      site: record.site,
      network: { address: `${record.host}:${record.port}`, protocol: record.protocol },
      profile: null as string | null,
    }
    const notVerified = (e: unknown): ReportTerminal => ({
      ...base,
      verified: false,
      error: failure(e),
      identity: null,
      time: null,
      settings: [],
      holdings: [],
      missing: [],
      extra: [],
      doors: [],
      listening: null,
      lastEvents: [],
      problems: [{ kind: 'unreadable', detail: `${failure(e).code}: ${failure(e).message}` }],
      verdict: 'notVerified',
    })
    let info
    try {
      info = await call(deviceId, (c) => c.system.deviceInfo())
    } catch (e) {
      return notVerified(e)
    }
    const caps = devices.get(deviceId).capabilities
    const profile = profileFor(store.profiles.list(), record)
    const share = rosterShare(deviceId)
    const [plan, time, zone, counts, held, offered, slots, events] = await Promise.all([
      planner.planTerminal(deviceId, profile),
      soft(ops.time(deviceId)),
      soft(call(deviceId, (c) => c.system.getTime())),
      call(deviceId, (c) =>
        Promise.all([
          soft(c.persons.count()),
          caps?.card ? soft(c.cards.count()) : Promise.resolve(null),
          caps?.face
            ? soft(c.faces.count()).then((libs) =>
                libs === null ? null : libs.reduce((n, l) => n + l.recordDataNumber, 0),
              )
            : Promise.resolve(null),
        ]),
      ),
      soft(
        call(deviceId, async (c) => {
          const nos: string[] = []
          for await (const p of c.persons.search()) nos.push(p.employeeNo)
          return nos
        }),
      ),
      soft(config.list(deviceId)),
      caps?.ops?.listening ? soft(listening.slots(deviceId)) : Promise.resolve(null),
      soft(
        call(deviceId, (c) =>
          c.events.searchPage({
            searchID: `report-${deviceId}`,
            position: 0,
            pageSize: 5,
            timeReverseOrder: true,
          }),
        ),
      ),
    ])
    if (plan.state === 'unreadable')
      return notVerified(new AppFailure(plan.error!.code, plan.error!.message))
    const settings: ReportSetting[] = plan.items.map((i) => ({
      resource: i.resource,
      instance: i.instance,
      key: i.key,
      desired: i.after,
      actual: i.before,
      state: i.status === 'same' ? 'asDesired' : i.status === 'change' ? 'drifted' : 'unsupported',
      ...(i.reason ? { reason: i.reason } : {}),
    }))
    const [personCount, cardCount, faceCount] = counts
    const holdings: ReportHolding[] = [
      { kind: 'persons', terminal: personCount?.userNumber ?? null, roster: share.counts.persons },
    ]
    if (caps?.card)
      holdings.push({ kind: 'cards', terminal: cardCount, roster: share.counts.cards })
    if (caps?.face)
      holdings.push({ kind: 'faces', terminal: faceCount, roster: share.counts.faces })
    if (caps?.fingerprint)
      holdings.push({
        kind: 'fingerprints',
        // a terminal with no persons may leave the field out
        terminal:
          personCount?.bindFingerprintUserNumber ?? (personCount?.userNumber === 0 ? 0 : null),
        roster: share.counts.fingerprints,
      })
    const onTerminal = new Set(held ?? [])
    const inRoster = new Set(share.employeeNos)
    const missing = held ? share.employeeNos.filter((n) => !onTerminal.has(n)) : []
    const extra = held ? held.filter((n) => !inRoster.has(n)) : []
    const doorIds = offered?.find((r) => r.id === 'DoorParam')?.ids ?? []
    const doors = await Promise.all(
      doorIds.map(async (doorNo) => {
        const [doc, template] = await Promise.all([
          soft(config.get(deviceId, 'DoorParam', doorNo)),
          soft(call(deviceId, (c) => c.schedules.getBinding('door', doorNo))),
        ])
        return {
          doorNo,
          name: String(doc?.values.doorName ?? ''),
          openDuration: doc?.values.openDuration == null ? null : String(doc.values.openDuration),
          doorStatusTemplate: template,
        }
      }),
    )
    const problems: ReportProblem[] = []
    const drifted = settings.filter((s) => s.state === 'drifted')
    const unsupported = settings.filter((s) => s.state === 'unsupported')
    const named = (list: ReportSetting[]) =>
      list
        .map((s) => `${s.resource}${s.instance === null ? '' : `#${s.instance}`}.${s.key}`)
        .join(', ')
    if (drifted.length) problems.push({ kind: 'drifted', detail: named(drifted) })
    if (unsupported.length) problems.push({ kind: 'unsupported', detail: named(unsupported) })
    for (const h of holdings)
      if (h.terminal === null) problems.push({ kind: 'uncounted', detail: h.kind })
      else if (h.terminal !== h.roster)
        problems.push({ kind: 'holdingsDiffer', detail: `${h.kind} ${h.terminal} / ${h.roster}` })
    if (time && Math.abs(time.driftSeconds) > MAX_DRIFT_SECONDS)
      problems.push({ kind: 'clockOff', detail: `${time.driftSeconds} s` })
    if (!time) problems.push({ kind: 'clockUnreadable', detail: '' })
    if (slots && !slots.some((s) => s.state === 'ours'))
      problems.push({ kind: 'noListening', detail: '' })
    const health = devices.get(deviceId)
    if (health.healthReason) problems.push({ kind: 'health', detail: health.healthReason })
    return {
      ...base,
      profile: profile?.name ?? null,
      verified: true,
      identity: {
        model: info.model,
        serialNumber: info.serialNumber,
        firmwareVersion: info.firmwareVersion,
        macAddress: info.macAddress ?? '',
      },
      time: time
        ? {
            deviceTime: time.deviceTime,
            timeZone: zone?.timeZone ?? '',
            driftSeconds: time.driftSeconds,
          }
        : null,
      settings,
      holdings,
      missing: missing.slice(0, LIST_MAX),
      extra: extra.slice(0, LIST_MAX),
      doors,
      listening: slots,
      lastEvents: (events?.items ?? []).map((e) => ({
        time: e.time ?? '',
        major: e.major,
        minor: e.minor,
        employeeNo: e.employeeNo ?? null,
        name: e.name ?? null,
      })),
      problems,
      verdict: problems.length === 0 ? 'pass' : 'fail',
    }
  }

  return {
    async build(sel: { site?: string; deviceIds?: string[] }): Promise<SiteReport> {
      const chosen = store.devices
        .list()
        .filter(
          (d) =>
            (!sel.site || d.site === sel.site) && (!sel.deviceIds || sel.deviceIds.includes(d.id)),
        )
      const terminals = await inParallel(chosen, PARALLEL, (d) => terminal(d.id))
      const count = (v: ReportTerminal['verdict']) =>
        terminals.filter((t) => t.verdict === v).length
      return {
        sites: [...new Set(chosen.map((d) => d.site || '—'))].sort(),
        generatedAt: ctx.clock.now().toISOString(),
        terminals,
        summary: { pass: count('pass'), fail: count('fail'), notVerified: count('notVerified') },
      }
    },
  }
}

export type ReportCollector = ReturnType<typeof reportCollector>
