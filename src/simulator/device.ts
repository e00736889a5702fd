// One simulated terminal: identity, flash contents, auth, event log, live event fan-out,
// capture hub, faults and the reboot cycle. Routes act on it; http/server serves it.
import { createHash } from 'node:crypto'
import { CaptureHub } from './capture/capture-hub.js'
import { EventLog } from './events/event-log.js'
import { Faults } from './faults.js'
import { DigestAuth } from './http/digest.js'
import type { HostPusher } from './events/push.js'
import { getFirmware } from './profiles/firmware.js'
import type { Firmware, FirmwareId } from './profiles/firmware.js'
import type { Profile } from './profiles/types.js'
import { localIso, parsePosixTz, posixTz } from './state/clock.js'
import { freshData } from './state/data.js'
import { SearchSessions } from './state/search.js'
import { FlashStore } from './state/flash.js'
import type { DeviceData } from './state/data.js'
import type { EventRec } from './state/model.js'
import { DoorBank } from './state/door-bank.js'
import { onDoorStatus } from './access/door-schedule.js'
import { forwardToLogServer } from './access/log-server.js'
import { ManualTimers, realTimers, type DeviceTimers } from './state/timers.js'

export interface Timing {
  /** alertStream heartbeat after this long without a part (DS-K1T344: ~25 s). */
  heartbeatMs: number
  /** Idle keep-alive connections closed after this long (0: the firmware's Keep-Alive timeout). */
  idleCloseMs: number
  /** How long a capture waits for the person (device: ~30 s). */
  captureTimeoutMs: number
  /** How long a reboot keeps the device unreachable. */
  rebootMs: number
  /** httpHosts push retry interval. */
  pushRetryMs: number
  /** Delay of async operations (fingerprint apply, detail delete) before they complete. */
  asyncOpMs: number
  /** How long an alertStream slot stays busy after the client leaves. */
  slotLingerMs: number
  /** Heartbeat to listening hosts (httpHosts) and subscriptions. */
  hostHeartbeatMs: number
  /** How long flashing a firmware takes (upgradeStatus percent 0 → 100). */
  upgradeMs: number
  /** Caps a door's unlock pulse for fast tests (0: the door's own openDuration, as devices do). */
  doorPulseMs: number
}

export const DEFAULT_TIMING: Timing = {
  heartbeatMs: 25_000,
  idleCloseMs: 0,
  captureTimeoutMs: 30_000,
  rebootMs: 3_000,
  pushRetryMs: 2_000,
  asyncOpMs: 300,
  slotLingerMs: 0,
  hostHeartbeatMs: 30_000,
  upgradeMs: 5_000,
  doorPulseMs: 0,
}

export interface DeviceOptions {
  index: number
  profile: Profile
  /** Wire dialect; the profile's own when absent. */
  firmware?: FirmwareId
  host: string
  protocol: 'http' | 'https'
  userName: string
  password: string
  activated: boolean
  lockoutAttempts: number
  lockoutSeconds: number
  latencyMs: number
  dataDir?: string
  timing: Timing
  autoCapture: { delayMs: number } | null
  /** Door timers move only when the control API advances them (tests). */
  manualTimers?: boolean
}

/** Open duration and door-open alarm time (seconds) from a stored DoorParam, factory 5 / 30. */
function doorTimes(doc: unknown): { openDuration: number; magneticAlarmTimeout: number } {
  const d = (doc ?? {}) as Record<string, unknown>
  const n = (v: unknown, dflt: number): number => {
    const x = Number(v)
    return v !== undefined && Number.isFinite(x) ? x : dflt
  }
  return { openDuration: n(d.openDuration, 5), magneticAlarmTimeout: n(d.magneticAlarmTimeout, 30) }
}

export type LiveListener = (e: EventRec) => void

export class SimDevice {
  readonly profile: Profile
  readonly firmware: Firmware
  readonly index: number
  readonly serialNumber: string
  readonly macAddress: string
  readonly realm: string
  readonly name: string
  port = 0
  /** RTSP port (0 = no RTSP service: no camera or no encoder). */
  rtspPort = 0
  data: DeviceData
  readonly auth: DigestAuth
  readonly log: EventLog
  readonly faults = new Faults()
  /** Changes answered 200, by "METHOD path": how often the terminal was written (tests count repeats). */
  readonly writes = new Map<string, number>()
  readonly capture = new CaptureHub()
  readonly live = new Set<LiveListener>()
  /** Event and capture pictures by URL path. */
  readonly pictures = new Map<string, Buffer>()
  /** Async operation states (fingerprint apply, deletes), by name. */
  readonly ops = new Map<
    string,
    { until: number; result: unknown; pending: unknown; polled: boolean }
  >()
  alertSlots = 0
  readonly searches = new SearchSessions()
  pusher: HostPusher | null = null
  /** The terminal's timers (door relock, door-open alarm); manual under `manualTimers`. */
  readonly timers: DeviceTimers
  /** Live doors (AcsWorkStatus) and their state machine. */
  readonly doorBank: DoorBank
  /** Armed alertStream connections: id → client address (DeployInfo). */
  readonly deployments = new Map<number, string>()
  /** Capture sessions of poll-style firmware (face, iris): started, last result. */
  readonly sessions = new Map<string, { started: number; result: unknown; infrared?: boolean }>()
  rebootingUntil = 0
  /** A stopped device clock (epoch ms) that tests set through the control API; null: it runs. */
  frozenAt: number | null = null
  pendingFirmware: { version: string; date: string } | null = null
  upgrade: { state: 'idle' | 'upgrading' | 'done' | 'failed'; percent: number } = {
    state: 'idle',
    percent: 0,
  }
  private persistTimer: NodeJS.Timeout | null = null
  private readonly flash: FlashStore | null
  onReboot: ((ms: number) => void) | null = null
  /** The HTTPS identity installed through serverCertificate (null: the factory one). */
  tls: { cert: string; key: string } | null = null
  /** Set by the HTTPS server: present `tls` on new connections from now on. */
  onTlsChange: (() => void) | null = null
  /** Cleanups of long-lived things (streams, pushers) run at fleet close. */
  readonly shutdownHooks = new Set<() => void>()

  constructor(readonly opts: DeviceOptions) {
    const p = opts.profile
    this.profile = p
    this.firmware = getFirmware(opts.firmware ?? p.firmware)
    this.index = opts.index
    const h = createHash('sha1').update(`${p.id}:${opts.index}`).digest('hex')
    const digits = String(parseInt(h.slice(0, 8), 16) % 100_000_000).padStart(8, '0')
    const fw = p.firmwareVersion
      .replace(/^V/, '')
      .split('.')
      .map((n) => n.padStart(2, '0'))
      .join('')
    this.serialNumber = `${p.model}20240528V${fw}ENJ${digits}`
    this.macAddress = `44:19:b6:${h.slice(8, 10)}:${h.slice(10, 12)}:${h.slice(12, 14)}`
    this.realm =
      this.firmware.challenge === 'terminal' ? `DS-${h.slice(14, 22).toUpperCase()}` : p.model
    this.name = `sim-${p.id}-${opts.index + 1}`
    this.data = this.fresh()
    this.flash = opts.dataDir ? new FlashStore(opts.dataDir, this.serialNumber) : null
    this.timers = opts.manualTimers ? new ManualTimers() : realTimers
    this.doorBank = new DoorBank(p.doors, {
      timers: this.timers,
      record: (major, minor, fields) => void this.recordEvent(major, minor, fields),
      param: (n) => doorTimes(this.data.docs[`DoorParam/${n}`]),
      pulseCapMs: () => this.timing.doorPulseMs,
    })
    // a door-status schedule (access/door-schedule.ts) holds and releases the doors
    onDoorStatus(this, (doorNo, status) => this.doorBank.scheduled(doorNo, status))
    this.log = new EventLog(p.capacity.events)
    this.capture.auto = opts.autoCapture
    this.auth = new DigestAuth(
      {
        realm: this.realm,
        nonceStyle: p.authStyle,
        challenge: this.firmware.challenge,
        nonceTtlMs: p.nonceTtlMs,
        nonceMaxUses: p.nonceMaxUses,
        lockoutAttempts: opts.lockoutAttempts,
        lockoutMs: opts.lockoutSeconds * 1000,
      },
      () => this.data.accounts,
    )
  }

  private fresh(): DeviceData {
    const p = this.profile
    return freshData({
      activated: this.opts.activated,
      userName: this.opts.userName,
      password: this.opts.password,
      firmwareVersion: p.firmwareVersion,
      firmwareReleasedDate: p.firmwareReleasedDate,
      deviceName: this.name,
      httpHostSlots: p.httpHostSlots,
      tz: posixTz(p.tzOffsetMinutes),
    })
  }

  /** Live door state (AcsWorkStatus), one entry per door. */
  get doors(): DoorBank['doors'] {
    return this.doorBank.doors
  }

  get timing(): Timing {
    return this.opts.timing
  }

  /** Device clock, epoch ms. */
  now(): number {
    if (this.frozenAt !== null) return this.frozenAt
    return Date.now() + this.data.timeOffsetMs
  }

  get tzMinutes(): number {
    return parsePosixTz(this.data.timeZone) ?? this.profile.tzOffsetMinutes
  }

  iso(ms = this.now()): string {
    return localIso(ms, this.tzMinutes)
  }

  get isRebooting(): boolean {
    return this.rebootingUntil > Date.now()
  }

  /** Writes an event to the log and hands it to live listeners (alertStream, httpHosts, subscriptions). */
  recordEvent(
    major: number,
    minor: number,
    fields: Record<string, unknown> = {},
    picture?: Buffer,
  ): EventRec {
    let pictureKey: string | undefined
    const at = this.now()
    if (picture) {
      const d = new Date(at + this.tzMinutes * 60_000)
      const ym = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`
      const stamp = `${String(d.getUTCDate()).padStart(2, '0')}_${String(d.getUTCHours()).padStart(2, '0')}${String(d.getUTCMinutes()).padStart(2, '0')}${String(d.getUTCSeconds()).padStart(2, '0')}`
      pictureKey = `/LOCALS/pic/acsLinkCap/${ym}_00/${stamp}_30075_${this.log.lastSerial + 1}.jpeg@WEB${String(this.log.lastSerial + 1).padStart(12, '0')}`
      this.storePicture(pictureKey, picture)
    }
    const rec = this.log.append({ major, minor, at, fields, ...(pictureKey ? { pictureKey } : {}) })
    for (const l of this.live) l(rec)
    forwardToLogServer(this, rec)
    return rec
  }

  storePicture(key: string, jpeg: Buffer): void {
    this.pictures.set(key, jpeg)
    if (this.pictures.size > 2000) this.pictures.delete(this.pictures.keys().next().value as string)
  }

  baseUrl(): string {
    return `${this.opts.protocol}://${this.opts.host}:${this.port}`
  }

  nextPicId(): number {
    return this.data.nextPicId++
  }

  /** Bumped on every change of the stored data (caches key on it). */
  version = 0

  changed(): void {
    this.version++
    if (!this.flash || this.persistTimer) return
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null
      void this.save()
    }, 1000)
    this.persistTimer.unref()
  }

  async load(): Promise<void> {
    const loaded = await this.flash?.load(this.fresh())
    if (!loaded) return
    this.data = loaded.data
    this.log.restore(loaded.events, loaded.lastSerial)
  }

  async save(): Promise<void> {
    if (!this.flash) return
    if (this.persistTimer) {
      clearTimeout(this.persistTimer)
      this.persistTimer = null
    }
    await this.flash.save(this.data, this.log.toArray().slice(-5000), this.log.lastSerial)
  }

  /**
   * Factory state. `basic` / `part` (and the control API) keep the device accounts and the
   * activation; `full` restores everything, so the terminal is inactive again and must be
   * activated with a new admin password.
   */
  resetData(mode: 'full' | 'basic' | 'part' = 'basic'): void {
    const { accounts, activated } = this.data
    this.data =
      mode === 'full'
        ? { ...this.fresh(), activated: false }
        : { ...this.fresh(), accounts, activated }
    this.doorBank.reset()
    this.log.clear()
    this.capture.clear()
    this.ops.clear()
    this.changed()
  }

  shutdown(): void {
    this.capture.clear()
    for (const h of [...this.shutdownHooks]) h()
    this.shutdownHooks.clear()
    this.live.clear()
  }

  reboot(ms = this.timing.rebootMs): void {
    this.rebootingUntil = Date.now() + ms
    this.capture.clear()
    this.onReboot?.(ms)
  }
}
