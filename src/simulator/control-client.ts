// Typed client of the simulator's control API (loopback JSON over HTTP, global fetch).
//
// `device` is a SimDeviceRecord or its index in the fleet. Endpoints (relative to
// `<controlUrl>/devices/<serial|index>`), all JSON:
//   GET  ''               → SimDeviceRecord
//   GET  state?events=N   → DeviceStateView (persons, cards, fingerprints, faces, irises, counts, last N events)
//   GET  events?since=S   → EventView[] with serialNo > S
//   GET  docs?prefix=P    → {"<root>/<id>": document} configuration documents written to it
//                           (e.g. prefix UserRightWeekPlanCfg/); factory values are not listed
//   POST present/card     {cardNo?, cardType?}            → {outcome:'delivered'|'held'}
//   POST present/finger   {quality? (1..100), template?}  → same; quality < 40 ⇒ capture answers lowScore
//   POST present/face     {jpegBase64?, infraredJpegBase64?} → same; no JPEG ⇒ a synthetic face
//   POST present/iris     {}                              → same
//        (any present/* with {none:true}: the person walks away, the waiting capture times out)
//   POST auto-capture     {enabled, delayMs?}  demo mode: captures answer by themselves
//   POST trigger          TriggerSpec → EventView[] (card swipe, face, finger, keypad PIN, ID card read, door open too long, forced, tamper, raw)
//   PUT  faults           FaultSpec (merged)   DELETE faults (clear all)
//   POST reboot           {downMs?}
//   GET  auth             {addresses:{ip:{failures,locked,unlockSeconds}}, refusedTotal, policy}
//   POST auth/lock        {ip?, seconds?}      POST auth/unlock {ip?}
//   POST reset            factory data (persons, credentials, events); keeps accounts
//   POST activation       {activated:boolean}
//   POST clock            {offsetMs}           shifts the device clock
//   POST local-setting    {root, id, values}   a setting changed at the terminal itself (DoorParam/1 …)
//   POST timers/advance   {ms}                 moves the door timers (fleet with manualTimers)
//   POST door/contact     {doorNo, open}       the door leaf opens / closes (magnetic contact)
//   POST clock            {offsetMs}           shifts the device clock (expires waits, ticks door schedules)
//   POST import-tasks     {kind:'persons'|'pictures', total, succeeded?, failed?} → a task another
//                         tool started (asyncImportDatasTasks; ISAPI has no creation request)
//   GET  import-tasks     the tasks it holds
//   GET  spoken           what the voice prompt said after verifications (access/voice.ts)
//   GET  access           readers' effective verify modes and waits, doors' scheduled statuses
// and, fleet-wide, GET <controlUrl>/stats → {rss, heapUsed, external, arrayBuffers, events[]}.
// Stable shapes: DeviceStateView, EventView (control/state-view.ts), FaultSpec (faults.ts),
// TriggerSpec (events/access.ts).
import type { DeviceStateView, EventView } from './control/state-view.js'
import type { TriggerSpec } from './events/access.js'
import type { FaultSpec } from './faults.js'
import type { SimDeviceRecord } from './types.js'

export type { DeviceStateView, EventView } from './control/state-view.js'
export type { TriggerSpec } from './events/access.js'
export type { FaultSpec } from './faults.js'

export type DeviceRef = SimDeviceRecord | number
export type PresentOutcome = { outcome: 'delivered' | 'held' }
export interface AuthView {
  addresses: Record<string, { failures: number; locked: boolean; unlockSeconds: number }>
  /** Logins refused since the terminal started (bad credentials or while locked); never reset. */
  refusedTotal: number
  policy: { attempts: number; lockSeconds: number }
}

export class ControlClient {
  constructor(readonly baseUrl: string) {}

  private url(device: DeviceRef, action: string): string {
    const base =
      typeof device === 'number' ? `${this.baseUrl}/devices/${device}` : device.controlUrl
    return action ? `${base}/${action}` : base
  }

  private async call<T>(
    method: string,
    device: DeviceRef,
    action: string,
    body?: unknown,
  ): Promise<T> {
    const res = await fetch(this.url(device, action), {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`control ${method} ${action}: ${res.status} ${text}`)
    return (text ? JSON.parse(text) : undefined) as T
  }

  stats(): Promise<{
    rss: number
    heapUsed: number
    external: number
    arrayBuffers: number
    events: number[]
  }> {
    return fetch(`${this.baseUrl}/stats`).then(
      (r) =>
        r.json() as Promise<{
          rss: number
          heapUsed: number
          external: number
          arrayBuffers: number
          events: number[]
        }>,
    )
  }

  devices(): Promise<SimDeviceRecord[]> {
    return fetch(`${this.baseUrl}/devices`).then((r) => r.json() as Promise<SimDeviceRecord[]>)
  }

  state(device: DeviceRef, opts: { events?: number } = {}): Promise<DeviceStateView> {
    return this.call(
      'GET',
      device,
      `state${opts.events !== undefined ? `?events=${opts.events}` : ''}`,
    )
  }

  events(device: DeviceRef, since = 0): Promise<EventView[]> {
    return this.call('GET', device, `events?since=${since}`)
  }

  /** A setting changed at the terminal itself, behind the station's back (id 0: a singleton). */
  localSetting(
    device: DeviceRef,
    root: string,
    id: number,
    values: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    return this.call('POST', device, 'local-setting', { root, id, values })
  }

  /** Configuration documents written to the device, by `<root>/<id>` (factory values not listed). */
  docs(device: DeviceRef, prefix = ''): Promise<Record<string, unknown>> {
    return this.call('GET', device, `docs?prefix=${encodeURIComponent(prefix)}`)
  }

  presentCard(device: DeviceRef, cardNo?: string, cardType?: string): Promise<PresentOutcome> {
    return this.call('POST', device, 'present/card', { cardNo, cardType })
  }

  presentFinger(
    device: DeviceRef,
    opts: { quality?: number; template?: string } = {},
  ): Promise<PresentOutcome> {
    return this.call('POST', device, 'present/finger', opts)
  }

  presentFace(device: DeviceRef, jpeg?: Buffer, infrared?: Buffer): Promise<PresentOutcome> {
    return this.call('POST', device, 'present/face', {
      jpegBase64: jpeg?.toString('base64'),
      infraredJpegBase64: infrared?.toString('base64'),
    })
  }

  presentIris(device: DeviceRef): Promise<PresentOutcome> {
    return this.call('POST', device, 'present/iris', {})
  }

  /** The person walks away: the waiting capture of this kind times out. */
  presentNothing(
    device: DeviceRef,
    kind: 'card' | 'finger' | 'face' | 'iris',
  ): Promise<PresentOutcome> {
    return this.call('POST', device, `present/${kind}`, { none: true })
  }

  autoCapture(device: DeviceRef, enabled: boolean, delayMs?: number): Promise<unknown> {
    return this.call('POST', device, 'auto-capture', { enabled, delayMs })
  }

  triggerEvent(device: DeviceRef, spec: TriggerSpec): Promise<EventView[]> {
    return this.call('POST', device, 'trigger', spec)
  }

  fault(device: DeviceRef, spec: FaultSpec): Promise<FaultSpec> {
    return this.call('PUT', device, 'faults', spec)
  }

  clearFaults(device: DeviceRef): Promise<void> {
    return this.call('DELETE', device, 'faults')
  }

  reboot(device: DeviceRef, downMs?: number): Promise<{ rebootingForMs: number }> {
    return this.call('POST', device, 'reboot', { downMs })
  }

  /** Changes the terminal answered 200, counted by "METHOD path" since it started. */
  writes(device: DeviceRef): Promise<Record<string, number>> {
    return this.call('GET', device, 'writes')
  }

  failedLogins(device: DeviceRef): Promise<AuthView> {
    return this.call('GET', device, 'auth')
  }

  lock(device: DeviceRef, seconds?: number, ip?: string): Promise<unknown> {
    return this.call('POST', device, 'auth/lock', { seconds, ip })
  }

  unlock(device: DeviceRef, ip?: string): Promise<void> {
    return this.call('POST', device, 'auth/unlock', { ip })
  }

  reset(device: DeviceRef): Promise<void> {
    return this.call('POST', device, 'reset', {})
  }

  setActivated(device: DeviceRef, activated: boolean): Promise<{ activated: boolean }> {
    return this.call('POST', device, 'activation', { activated })
  }

  shiftClock(device: DeviceRef, offsetMs: number): Promise<{ time: string }> {
    return this.call('POST', device, 'clock', { offsetMs })
  }

  /** Stops the terminal's clock at a device-local time (`2026-12-24T11:59:59`), or (null) lets it run again. */
  freezeClock(device: DeviceRef, localTime: string | null): Promise<{ time: string }> {
    return this.call('POST', device, 'clock', { freezeAt: localTime })
  }

  /** Moves the terminal's door timers (relock, door-open alarm); fleet started with manualTimers. */
  advanceTimers(device: DeviceRef, ms: number): Promise<{ timersMs: number }> {
    return this.call('POST', device, 'timers/advance', { ms })
  }

  /** Someone opens or closes the door leaf (magnetic contact). */
  doorContact(
    device: DeviceRef,
    doorNo: number,
    open: boolean,
  ): Promise<{ status: number; lock: number; magnetic: number }> {
    return this.call('POST', device, 'door/contact', { doorNo, open })
  }
  /** Readers' effective verify modes and waits, doors' scheduled statuses (access/control.ts). */
  access(device: DeviceRef): Promise<AccessView> {
    return this.call('GET', device, 'access')
  }

  /** An asynchronous import task another tool started on the terminal (state/import-tasks.ts). */
  addImportTask(
    device: DeviceRef,
    task: { kind: 'persons' | 'pictures'; total: number; succeeded?: number; failed?: number },
  ): Promise<{ taskID: string; kind: string; total: number; succeeded: number; failed: number }> {
    return this.call('POST', device, 'import-tasks', task)
  }

  importTasks(device: DeviceRef): Promise<{ taskID: string; kind: string }[]> {
    return this.call('GET', device, 'import-tasks')
  }

  /** What the terminal's voice prompt said after verifications, oldest first. */
  spoken(device: DeviceRef): Promise<{ at: string; outcome: string; text: string }[]> {
    return this.call('GET', device, 'spoken')
  }
}

export interface AccessView {
  time: string
  readers: { readerNo: number; verifyMode: string; defaultVerifyMode: string }[]
  doors: { doorNo: number; scheduled: string }[]
  waiting: {
    readerNo: number
    employeeNo: string
    have: string[]
    mode: string
    deadline: string
  }[]
  /** Doors waiting for the next person of a multi-factor rule (access/multi-card.ts). */
  multiFactor: { doorNo: number; rule: number; step: number; persons: string[]; deadline: string }[]
  /** Where each person last passed under anti-passback: employeeNo → reader. */
  antiPassback: Record<string, number>
}
