// Terminals: registry, one ISAPI client each, login checks that never risk a lockout, and the
// live health the UI shows. Lockout policy: a check makes one authenticated attempt; after a
// refused password the station never sends the same credentials again (the client latches;
// only new credentials clear it), and after a lock it waits for the device's unlock time.
import { randomUUID } from 'node:crypto'
import {
  connect,
  isIsapiError,
  type DeviceCapabilities,
  type DeviceInfo,
  type IsapiClient,
} from '../../isapi'
import type { ParsedArgsOf } from '../../../shared/api'
import type { Device, DeviceHealth, DeviceStatusEvent } from '../../../shared/model'
import { AppFailure } from '../../../shared/result'
import type { DeviceRecord } from '../../store/devices-repo'
import type { StationContext } from '../context'
import { summariseCapabilities } from './capability-summary'
import { appCodeOf, toAppFailure } from './isapi-failure'

interface LiveState {
  health: DeviceHealth
  reason: string | null
  unlockAt: string | null
  clockDriftSeconds: number | null
}

interface Probe {
  info: DeviceInfo
  capabilities: DeviceCapabilities
  clockDriftSeconds: number | null
}

const HEALTH_BY_CODE: Partial<Record<string, DeviceHealth>> = {
  AUTH_FAILED: 'authFailed',
  DEVICE_LOCKED: 'locked',
  NOT_ACTIVATED: 'notActivated',
  OFFLINE: 'offline',
  TIMEOUT: 'offline',
  CERT_CHANGED: 'offline',
}

export function deviceService(ctx: StationContext) {
  const { store } = ctx
  const clients = new Map<string, IsapiClient>()
  const live = new Map<string, LiveState>()
  const now = () => ctx.clock.now()

  const open = (
    d: Pick<
      DeviceRecord,
      'id' | 'name' | 'host' | 'port' | 'protocol' | 'username' | 'tlsFingerprint'
    >,
    password: string,
  ): IsapiClient =>
    connect({
      host: d.host,
      port: d.port,
      protocol: d.protocol,
      username: d.username,
      password,
      name: d.name,
      tls: {
        ...(d.tlsFingerprint ? { fingerprint: d.tlsFingerprint } : {}),
        onFirstUse: (fingerprint) => {
          const record = store.devices.get(d.id)
          if (record) store.devices.put({ ...record, tlsFingerprint: fingerprint })
        },
      },
      logger: { warn: (message, data) => ctx.logger.warn(`[${d.name}] ${message}`, data) },
    })

  const clientFor = (record: DeviceRecord): IsapiClient => {
    let client = clients.get(record.id)
    if (!client) {
      client = open(record, ctx.secrets.open(record.secretSealed))
      clients.set(record.id, client)
    }
    return client
  }

  const requireRecord = (id: string): DeviceRecord => {
    const record = store.devices.get(id)
    if (!record) throw new AppFailure('NOT_FOUND', `There is no terminal with id ${id}.`, { id })
    return record
  }

  const toDevice = (r: DeviceRecord): Device => {
    const state = live.get(r.id) ?? {
      health: 'unknown',
      reason: null,
      unlockAt: null,
      clockDriftSeconds: null,
    }
    return {
      id: r.id,
      name: r.name,
      host: r.host,
      port: r.port,
      protocol: r.protocol,
      username: r.username,
      site: r.site,
      model: r.model,
      serialNumber: r.serialNumber,
      firmwareVersion: r.firmwareVersion,
      health: state.health,
      healthReason: state.reason,
      unlockAt: state.unlockAt,
      lastSeenAt: r.lastSeenAt,
      clockDriftSeconds: state.clockDriftSeconds,
      capabilities: r.capabilities,
      tlsFingerprint: r.tlsFingerprint,
      createdAt: r.createdAt,
    }
  }

  const setLive = (id: string, state: LiveState) => {
    live.set(id, state)
    const record = store.devices.get(id)
    const event: DeviceStatusEvent = {
      deviceId: id,
      health: state.health,
      unlockAt: state.unlockAt,
      lastSeenAt: record?.lastSeenAt ?? null,
      reason: state.reason,
    }
    ctx.bus.emit('device.status', event)
  }

  /** One authenticated call first (deviceInfo): if the password is wrong, nothing else is sent. */
  const probe = async (client: IsapiClient): Promise<Probe> => {
    const info = await client.system.deviceInfo()
    const capabilities = await client.system.capabilities()
    let clockDriftSeconds: number | null = null
    try {
      const time = await client.system.getTime()
      const deviceMs = Date.parse(time.localTime)
      if (Number.isFinite(deviceMs))
        clockDriftSeconds = Math.round((deviceMs - now().getTime()) / 1000)
    } catch {
      // a terminal that hides its clock still works
    }
    return { info, capabilities, clockDriftSeconds }
  }

  const failureState = (failure: AppFailure): LiveState => ({
    health: HEALTH_BY_CODE[failure.code] ?? 'offline',
    reason: failure.message,
    unlockAt: typeof failure.details?.unlockAt === 'string' ? failure.details.unlockAt : null,
    clockDriftSeconds: null,
  })

  const mapped = (error: unknown, name: string): unknown => toAppFailure(error, name, now())

  const withProbe = (record: DeviceRecord, p: Probe): DeviceRecord => ({
    ...record,
    model: p.info.model,
    serialNumber: p.info.serialNumber,
    firmwareVersion: p.info.firmwareVersion,
    capabilities: summariseCapabilities(p.capabilities),
    lastSeenAt: now().toISOString(),
    updatedAt: now().toISOString(),
  })

  const service = {
    list: (): Device[] => store.devices.list().map(toDevice),
    get: (id: string): Device => toDevice(requireRecord(id)),
    record: requireRecord,
    client: (id: string): IsapiClient => clientFor(requireRecord(id)),
    health: (id: string): DeviceHealth => live.get(id)?.health ?? 'unknown',

    /** Adds a terminal after a successful login check; a failed check adds nothing. */
    async add(input: ParsedArgsOf<'devices.add'>): Promise<Device> {
      const existing = store.devices.byAddress(input.host, input.port)
      if (existing)
        throw new AppFailure(
          'CONFLICT',
          `${input.host}:${input.port} is already added as "${existing.name}".`,
          { id: existing.id },
        )
      const at = now().toISOString()
      const draft: DeviceRecord = {
        id: randomUUID(),
        name: input.name,
        host: input.host,
        port: input.port,
        protocol: input.protocol,
        username: input.username,
        secretSealed: ctx.secrets.seal(input.password),
        site: input.site,
        model: '',
        serialNumber: '',
        firmwareVersion: '',
        capabilities: null,
        tlsFingerprint: null,
        lastSeenAt: null,
        createdAt: at,
        updatedAt: at,
      }
      let pinned: string | null = null
      const client = connect({
        host: input.host,
        port: input.port,
        protocol: input.protocol,
        username: input.username,
        password: input.password,
        name: input.name,
        tls: { onFirstUse: (fp) => (pinned = fp) },
      })
      let result: Probe
      try {
        result = await probe(client)
      } catch (error) {
        await client.close()
        throw mapped(error, input.name)
      }
      const record = { ...withProbe(draft, result), tlsFingerprint: pinned }
      store.tx(() => {
        store.devices.put(record)
        store.audit.record({
          at,
          actor: 'operator',
          action: 'device.add',
          subject: `device:${record.id}`,
          details: { host: input.host, port: input.port, model: record.model },
        })
      })
      clients.set(record.id, client)
      setLive(record.id, {
        health: 'online',
        reason: null,
        unlockAt: null,
        clockDriftSeconds: result.clockDriftSeconds,
      })
      return toDevice(record)
    },

    /** Activates a factory-new terminal (no login needed), then adds it with the new password. */
    async activate(input: ParsedArgsOf<'devices.activate'>): Promise<Device> {
      const client = connect({
        host: input.host,
        port: input.port,
        protocol: input.protocol,
        username: input.username,
        password: input.password,
        name: input.name,
      })
      try {
        const { activated } = await client.system.activationStatus()
        if (activated)
          throw new AppFailure(
            'CONFLICT',
            `${input.name} is already activated: add it with its admin password.`,
          )
        await client.system.activate(input.password)
      } catch (error) {
        throw mapped(error, input.name)
      } finally {
        await client.close()
      }
      store.audit.record({
        at: now().toISOString(),
        actor: 'operator',
        action: 'device.activate',
        subject: `device:${input.host}:${input.port}`,
        details: null,
      })
      return service.add(input)
    },

    /** One login check; the outcome is the device's health, not an error. */
    async check(id: string): Promise<Device> {
      const record = requireRecord(id)
      const state = live.get(id)
      if (state?.health === 'authFailed') return toDevice(record) // never resend refused credentials
      if (
        state?.health === 'locked' &&
        state.unlockAt &&
        Date.parse(state.unlockAt) > now().getTime()
      )
        return toDevice(record)
      const client = clientFor(record)
      if (state?.health === 'locked')
        client.setCredentials(record.username, ctx.secrets.open(record.secretSealed))
      try {
        const result = await probe(client)
        const updated = withProbe(record, result)
        store.devices.put(updated)
        setLive(id, {
          health: 'online',
          reason: null,
          unlockAt: null,
          clockDriftSeconds: result.clockDriftSeconds,
        })
        return toDevice(updated)
      } catch (error) {
        const failure = mapped(error, record.name)
        if (!(failure instanceof AppFailure)) throw failure
        setLive(id, failureState(failure))
        return toDevice(record)
      }
    },

    /** Edits a terminal; a new address or new credentials are checked before they are saved. */
    async update(id: string, patch: ParsedArgsOf<'devices.update'>['patch']): Promise<Device> {
      const record = requireRecord(id)
      const next: DeviceRecord = {
        ...record,
        name: patch.name ?? record.name,
        host: patch.host ?? record.host,
        port: patch.port ?? record.port,
        protocol: patch.protocol ?? record.protocol,
        username: patch.username ?? record.username,
        site: patch.site ?? record.site,
        secretSealed:
          patch.password !== undefined ? ctx.secrets.seal(patch.password) : record.secretSealed,
        updatedAt: now().toISOString(),
      }
      const reconnect =
        next.host !== record.host ||
        next.port !== record.port ||
        next.protocol !== record.protocol ||
        next.username !== record.username ||
        patch.password !== undefined
      if (!reconnect) {
        store.devices.put(next)
        return toDevice(next)
      }
      if (next.host !== record.host || next.port !== record.port) next.tlsFingerprint = null
      const client = open(next, ctx.secrets.open(next.secretSealed))
      try {
        const result = await probe(client)
        const checked = withProbe(next, result)
        store.devices.put(checked)
        await clients.get(id)?.close()
        clients.set(id, client)
        setLive(id, {
          health: 'online',
          reason: null,
          unlockAt: null,
          clockDriftSeconds: result.clockDriftSeconds,
        })
        return toDevice(checked)
      } catch (error) {
        await client.close()
        throw mapped(error, next.name)
      }
    },

    async remove(id: string): Promise<{ removed: boolean }> {
      const removed = store.tx(() => {
        const gone = store.devices.remove(id)
        if (gone)
          store.audit.record({
            at: now().toISOString(),
            actor: 'operator',
            action: 'device.remove',
            subject: `device:${id}`,
            details: null,
          })
        return gone
      })
      await clients.get(id)?.close()
      clients.delete(id)
      live.delete(id)
      return { removed }
    },

    /** Records the outcome of any device call made elsewhere (apply, events, enroll). */
    observe(id: string, error?: unknown): void {
      if (!error) {
        const state = live.get(id)
        if (state?.health !== 'online')
          setLive(id, {
            health: 'online',
            reason: null,
            unlockAt: null,
            clockDriftSeconds: state?.clockDriftSeconds ?? null,
          })
        store.devices.markSeen(id, now().toISOString())
        return
      }
      if (!isIsapiError(error)) return
      const code = appCodeOf(error)
      if (HEALTH_BY_CODE[code]) {
        const failure = mapped(error, store.devices.get(id)?.name ?? id)
        if (failure instanceof AppFailure) setLive(id, failureState(failure))
      }
    },

    /** The terminal moved (a demo terminal restarted on another port): forget the old connection. */
    async relocate(id: string, host: string, port: number): Promise<void> {
      const record = requireRecord(id)
      if (record.host === host && record.port === port) return
      store.devices.put({
        ...record,
        host,
        port,
        tlsFingerprint: null,
        updatedAt: now().toISOString(),
      })
      await clients.get(id)?.close()
      clients.delete(id)
    },

    mapError: mapped,

    async close(): Promise<void> {
      await Promise.all([...clients.values()].map((c) => c.close().catch(() => {})))
      clients.clear()
    },
  }
  return service
}

export type DeviceService = ReturnType<typeof deviceService>
