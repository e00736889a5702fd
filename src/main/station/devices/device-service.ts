// Terminals: registry, one ISAPI client each, login checks that never risk a lockout, and the
// live health the UI shows. Lockout policy: a check makes one authenticated attempt; after a
// refused password the station never sends the same credentials again (the client latches;
// only new credentials clear it), and after a lock it waits for the device's unlock time.
import { rateLimitedWarn } from '../../platform/rate-limited-log'
import { randomUUID } from 'node:crypto'
import { connect, isIsapiError, type IsapiClient } from '../../isapi'
import type { ParsedArgsOf } from '@shared/api'
import type { Device, DeviceHealth, DeviceStatusEvent } from '@shared/model'
import type { AppFailure } from '@shared/result'
import type { DeviceRecord } from '../../store/devices-repo'
import type { StationContext } from '../context'
import {
  affectsHealth,
  failureState,
  probe,
  sameState,
  toDevice,
  withProbe,
  type LiveState,
  type Probe,
} from './device-state'
import { appCodeOf, toAppFailure } from './isapi-failure'
import { PARALLEL_CREDENTIALS } from './credential-lanes'
import { recordChange } from '../apply/change-feed'
import { codedFailure } from '@shared/coded-failure'

/**
 * The serial number the station's holdings were made with stays until the holdings check has
 * read the terminal back (a unit swapped at the same address must be noticed, not adopted).
 */
const keepSerial = (probed: DeviceRecord, before: DeviceRecord): DeviceRecord =>
  before.serialNumber ? { ...probed, serialNumber: before.serialNumber } : probed

/** `afterRecordChange` runs after a terminal record is added, rewritten or removed. */
export function deviceService(ctx: StationContext, afterRecordChange: () => void = () => {}) {
  const { store } = ctx
  const clients = new Map<string, IsapiClient>()
  const live = new Map<string, LiveState>()
  const checked: ((id: string) => Promise<void>)[] = []
  const now = () => ctx.clock.now()

  const open = (
    d: Pick<
      DeviceRecord,
      'id' | 'name' | 'host' | 'port' | 'protocol' | 'username' | 'tlsFingerprint'
    >,
    password: string,
  ): IsapiClient => {
    // a hostile or broken terminal's event stream: a few lines a minute, then a count
    const warn = rateLimitedWarn(ctx.logger, `skipped event parts from ${d.name}`)
    return connect({
      host: d.host,
      port: d.port,
      protocol: d.protocol,
      username: d.username,
      password,
      name: d.name,
      parallelCredentials: PARALLEL_CREDENTIALS,
      tls: {
        ...(d.tlsFingerprint ? { fingerprint: d.tlsFingerprint } : {}),
        onFirstUse: (fingerprint) => {
          const record = store.devices.get(d.id)
          if (record) store.devices.put({ ...record, tlsFingerprint: fingerprint })
        },
      },
      logger: { warn: (message, data) => warn(`[${d.name}] ${message}`, data) },
    })
  }

  const clientFor = (record: DeviceRecord): IsapiClient => {
    let client = clients.get(record.id)
    if (!client) {
      client = open(record, ctx.secrets.open(record.secretSealed))
      clients.set(record.id, client)
    }
    return client
  }

  /** A client for a terminal that is not in the roster yet (add, activate). */
  const connectNew = (
    input: ParsedArgsOf<'devices.add'>,
    onFirstUse?: (fingerprint: string) => void,
  ): IsapiClient =>
    connect({
      host: input.host,
      port: input.port,
      protocol: input.protocol,
      username: input.username,
      password: input.password,
      name: input.name,
      ...(onFirstUse ? { tls: { onFirstUse } } : {}),
    })

  const requireRecord = (id: string): DeviceRecord => {
    const record = store.devices.get(id)
    if (!record) throw codedFailure('NOT_FOUND', 'terminalMissing', { id }, { id })
    return record
  }

  const show = (r: DeviceRecord): Device =>
    toDevice(r, live.get(r.id), store.events.lastEventTime(r.id))

  const setLive = (id: string, state: LiveState) => {
    if (sameState(live.get(id), state)) return
    live.set(id, state)
    const record = store.devices.get(id)
    const event: DeviceStatusEvent = {
      deviceId: id,
      health: state.health,
      unlockAt: state.unlockAt,
      lastSeenAt: record?.lastSeenAt ?? null,
      reason: state.reason,
      code: state.code ?? null,
    }
    ctx.bus.emit('device.status', event)
  }

  /** The unlock time of a terminal locked now, else null. */
  const lockedUntil = (id: string): string | null => {
    const state = live.get(id)
    return state?.health === 'locked' &&
      state.unlockAt &&
      Date.parse(state.unlockAt) > now().getTime()
      ? state.unlockAt
      : null
  }
  const mapped = (error: unknown, name: string): AppFailure => toAppFailure(error, name, now())

  const service = {
    list: (): Device[] => store.devices.list().map(show),
    get: (id: string): Device => show(requireRecord(id)),
    record: requireRecord,
    client: (id: string): IsapiClient => clientFor(requireRecord(id)),
    health: (id: string): DeviceHealth => live.get(id)?.health ?? 'unknown',

    /** Adds a terminal after a successful login check; a failed check adds nothing. */
    async add(input: ParsedArgsOf<'devices.add'>): Promise<Device> {
      const existing = store.devices.byAddress(input.host, input.port)
      if (existing)
        throw codedFailure(
          'CONFLICT',
          'terminalAlreadyAdded',
          { address: `${input.host}:${input.port}`, terminal: existing.name },
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
      const client = connectNew(input, (fp) => (pinned = fp))
      let result: Probe
      try {
        result = await probe(client, now)
      } catch (error) {
        await client.close()
        throw mapped(error, input.name)
      }
      const record = { ...withProbe(draft, result, now()), tlsFingerprint: pinned }
      store.tx(() => {
        store.devices.put(record)
        ctx.audit('device.add', `device:${record.id}`, {
          host: input.host,
          port: input.port,
          model: record.model,
        })
      })
      clients.set(record.id, client)
      afterRecordChange()
      recordChange(ctx, 'devices')
      setLive(record.id, {
        health: 'online',
        reason: null,
        unlockAt: null,
        clockDriftSeconds: result.clockDriftSeconds,
      })
      return show(record)
    },

    /** Activates a factory-new terminal (no login needed), then adds it with the new password. */
    async activate(input: ParsedArgsOf<'devices.activate'>): Promise<Device> {
      const client = connectNew(input)
      try {
        const { activated } = await client.system.activationStatus()
        if (activated)
          throw codedFailure('CONFLICT', 'terminalAlreadyActivated', { terminal: input.name })
        await client.system.activate(input.password)
      } catch (error) {
        throw mapped(error, input.name)
      } finally {
        await client.close()
      }
      ctx.audit('device.activate', `device:${input.host}:${input.port}`)
      return service.add(input)
    },

    /** One login check; the outcome is the device's health, not an error. */
    async check(id: string): Promise<Device> {
      const record = requireRecord(id)
      const state = live.get(id)
      if (state?.health === 'authFailed') return show(record) // never resend refused credentials
      if (lockedUntil(id)) return show(record)
      const client = clientFor(record)
      if (state?.health === 'locked')
        client.setCredentials(record.username, ctx.secrets.open(record.secretSealed))
      try {
        const result = await probe(client, now)
        const updated = keepSerial(withProbe(record, result, now()), record)
        store.devices.put(updated)
        afterRecordChange()
        setLive(id, {
          health: 'online',
          reason: null,
          unlockAt: null,
          clockDriftSeconds: result.clockDriftSeconds,
        })
        for (const listener of checked) await listener(id)
        return show(requireRecord(id))
      } catch (error) {
        if (!isIsapiError(error)) throw error
        setLive(id, failureState(mapped(error, record.name)))
        return show(record)
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
        afterRecordChange()
        recordChange(ctx, 'devices')
        return show(next)
      }
      if (
        next.host !== record.host ||
        next.port !== record.port ||
        next.protocol !== record.protocol
      )
        next.tlsFingerprint = null
      const client = open(next, ctx.secrets.open(next.secretSealed))
      try {
        const result = await probe(client, now)
        // the certificate pinned on this first contact (a new address) is kept, not the
        // null that asked for it; plain HTTP holds no pin; the serial stays the one we knew
        const checked = keepSerial(
          withProbe(
            {
              ...next,
              tlsFingerprint:
                next.protocol === 'https' ? (client.tlsFingerprint ?? next.tlsFingerprint) : null,
            },
            result,
            now(),
          ),
          record,
        )
        store.devices.put(checked)
        afterRecordChange()
        recordChange(ctx, 'devices')
        await clients.get(id)?.close()
        clients.set(id, client)
        setLive(id, {
          health: 'online',
          reason: null,
          unlockAt: null,
          clockDriftSeconds: result.clockDriftSeconds,
        })
        return show(checked)
      } catch (error) {
        await client.close()
        throw mapped(error, next.name)
      }
    },

    async remove(id: string): Promise<{ removed: boolean }> {
      const removed = store.tx(() => {
        const gone = store.devices.remove(id)
        if (gone) ctx.audit('device.remove', `device:${id}`)
        return gone
      })
      if (removed) {
        afterRecordChange()
        recordChange(ctx, 'devices')
      }
      await clients.get(id)?.close()
      clients.delete(id)
      live.delete(id)
      return { removed }
    },

    /**
     * THE way to call a terminal: refused at once while it is locked (no login is sent before
     * its unlock time), its health recorded from the outcome, a failure thrown as a coded
     * AppFailure naming it.
     */
    async call<T>(id: string, fn: (client: IsapiClient) => Promise<T>): Promise<T> {
      const record = requireRecord(id)
      const unlockAt = lockedUntil(id)
      if (unlockAt)
        throw codedFailure(
          'DEVICE_LOCKED',
          'terminalLockedUntil',
          { terminal: record.name, until: unlockAt },
          { device: record.name, unlockAt },
        )
      try {
        const result = await fn(clientFor(record))
        service.observe(id)
        return result
      } catch (error) {
        service.observe(id, error)
        const failure = mapped(error, record.name)
        if (failure.code === 'INTERNAL')
          ctx.logger.error('device call failed unexpectedly', {
            device: record.name,
            error: error instanceof Error ? error.stack : String(error),
          })
        throw failure
      }
    },

    /** Records the outcome of a device call that streams (apply, events, enroll). */
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
      if (affectsHealth(code)) {
        setLive(id, failureState(mapped(error, store.devices.get(id)?.name ?? id)))
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

    /**
     * The terminal's record changed under this process (another process stored a new
     * password): the next call connects afresh with what is stored; the refused-password latch
     * belonged to the old credentials.
     */
    async reload(id: string): Promise<void> {
      const client = clients.get(id)
      clients.delete(id)
      live.delete(id)
      await client?.close().catch(() => {})
    },

    /** Runs after every successful login check (the holdings are compared then). */
    onChecked(listener: (id: string) => Promise<void>): void {
      checked.push(listener)
    },

    async close(): Promise<void> {
      await Promise.all([...clients.values()].map((c) => c.close().catch(() => {})))
      clients.clear()
    },
  }
  return service
}

export type DeviceService = ReturnType<typeof deviceService>
