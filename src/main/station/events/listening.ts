// The listening host's lifecycle and the httpHosts set-up on terminals. Policy: the server
// runs only while some terminal is set up to post to it (or once listening.setup is asked
// for), so a station that does not use listening opens no port. It binds the configured
// address and port (settings.listenAddress / listenPort) and rebinds when they change. Each
// terminal posts to its own path with a random token (kept across set-ups), so a push is taken
// only from the terminal that was set up, at its address, with its token.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AlertEvent } from '../../isapi'
import type { ListeningStatus } from '@shared/model'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { addressesOf, addressForDevice } from './local-address'
import { normaliseAddress, startListeningServer, type ListeningServer } from './listening-server'
import { chooseSlot, isCurrent, ourHost, pointsAt } from './slot-choice'
import { codedFailure } from '@shared/coded-failure'
import { reasonText, type Reason } from '@shared/reason-text'

export interface ListeningOptions {
  listenPort?: number
  listenAddress?: string
  maxBodyBytes: number
}

type DeviceState = ListeningStatus['devices'][number]

/** A reason in English (the status's sentence) with its code for the UI to word. */
const coded = (why: Reason): { reason: string; why: Reason } => ({
  reason: reasonText(why, 'en'),
  why,
})

const sameText = (a: string, b: string): boolean => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function listeningHost(
  ctx: StationContext,
  devices: DeviceService,
  deliver: (deviceId: string, events: AlertEvent[]) => Promise<void>,
  options: ListeningOptions,
) {
  const { store } = ctx
  let server: ListeningServer | null = null
  let starting: Promise<ListeningServer> | null = null
  let lastError: Reason | null = null
  const outcomes = new Map<string, DeviceState>()
  const heard = new Map<string, string>()
  const bind = () => {
    const s = store.settings.get()
    return {
      port: options.listenPort ?? s.listenPort,
      address: options.listenAddress ?? s.listenAddress,
    }
  }
  const prefixOf = (deviceId: string) => `/es/events/${encodeURIComponent(deviceId)}/`
  /** The device's push URL: its path carries a secret token only this station and the device know. */
  const urlOf = (deviceId: string): string => {
    const prefix = prefixOf(deviceId)
    const known = store.events.slots().find((s) => s.deviceId === deviceId)?.url
    return known?.startsWith(prefix) ? known : `${prefix}${randomBytes(16).toString('hex')}`
  }

  const resolved = new Map<string, { at: number; addresses: string[] }>()
  /** A terminal's addresses, names resolved at most once a minute. */
  const addressesFor = async (host: string): Promise<string[]> => {
    const hit = resolved.get(host)
    if (hit && Date.now() - hit.at < 60_000) return hit.addresses
    const addresses = (await addressesOf(host)).map(normaliseAddress)
    resolved.set(host, { at: Date.now(), addresses })
    return addresses
  }

  /** The device a push comes from: its secret path, from that device's address; else none. */
  const identify = async (remote: string, path: string): Promise<string | null> => {
    const slot = store.events.slots().find((s) => sameText(s.url, path))
    const device = slot ? store.devices.get(slot.deviceId) : undefined
    if (!device || !(await addressesFor(device.host)).includes(remote)) return null
    return device.id
  }

  const ensureRunning = async (): Promise<ListeningServer> => {
    if (server) return server
    if (starting) return starting
    const { port, address } = bind()
    starting = startListeningServer({
      host: address,
      port,
      maxBodyBytes: options.maxBodyBytes,
      identify,
      onPush: (deviceId, events) => {
        heard.set(deviceId, ctx.clock.now().toISOString())
        return deliver(deviceId, events)
      },
      logger: ctx.logger,
    })
    try {
      server = await starting
      lastError = null
      return server
    } catch (error) {
      lastError = {
        code: 'listeningPortUnavailable',
        params: { address, port: String(port), why: (error as Error).message },
      }
      ctx.logger.warn(reasonText(lastError, 'en'))
      throw codedFailure(
        'CONFLICT',
        'listeningPortUnavailable',
        { address, port: String(port), why: (error as Error).message },
        { address, port },
      )
    } finally {
      starting = null
    }
  }

  const stopServer = async () => {
    const s = server
    server = null
    await s?.close()
  }

  const setup = async (deviceId: string): Promise<DeviceState> => {
    const record = devices.record(deviceId)
    const running = await ensureRunning()
    const address = await addressForDevice(record.host, bind().address)
    if (!address)
      return {
        deviceId,
        slot: null,
        state: 'notConfigured',
        ...coded({ code: 'listeningNotLocal', params: { terminal: record.name } }),
      }
    const target = {
      address,
      port: running.port,
      url: urlOf(deviceId),
      prefix: prefixOf(deviceId),
    }
    return devices.call(deviceId, async (client) => {
      const choice = chooseSlot(await client.httpHosts.list(), target)
      if (choice.kind === 'none')
        return {
          deviceId,
          slot: null,
          state: 'noFreeSlot',
          ...coded({ code: 'listeningNoFreeSlot', params: { taken: choice.taken.join(', ') } }),
        }
      const host = ourHost(choice.host.id, target)
      await client.httpHosts.set(host)
      const readBack = await client.httpHosts.get(host.id)
      if (!isCurrent(readBack, target))
        return {
          deviceId,
          slot: host.id,
          state: 'notConfigured',
          ...coded({
            code: 'listeningNotKept',
            params: { terminal: record.name, slot: host.id, now: pointsAt(readBack) ?? '—' },
          }),
        }
      store.events.putSlot({
        deviceId,
        slot: host.id,
        ...target,
        configuredAt: ctx.clock.now().toISOString(),
      })
      // some firmware refuse the test (invalidOperation): then only real events will tell
      const test = await client.httpHosts.test(host).catch(() => null)
      const passed = test === '' || test?.toLowerCase() === 'ok'
      return {
        deviceId,
        slot: host.id,
        state: 'configured',
        ...(test === null
          ? coded({ code: 'listeningNoTestPost', params: {} })
          : passed
            ? { reason: null }
            : coded({ code: 'listeningTestPostFailed', params: { answer: test } })),
      }
    })
  }

  return {
    async start(): Promise<void> {
      if (store.events.slots().length > 0) await ensureRunning().catch(() => undefined)
    },
    async setup(deviceId: string): Promise<ListeningStatus> {
      const outcome = await setup(deviceId)
      outcomes.set(deviceId, outcome)
      return this.status()
    },
    status(): ListeningStatus {
      const slots = new Map(store.events.slots().map((s) => [s.deviceId, s]))
      const { port, address } = bind()
      return {
        running: server !== null,
        address: server?.address ?? address,
        port: server?.port ?? port,
        devices: store.devices.list().map((d): DeviceState => {
          const slot = slots.get(d.id)
          const outcome = outcomes.get(d.id)
          if (outcome && (outcome.state !== 'configured' || !slot)) return outcome
          if (slot)
            return {
              deviceId: d.id,
              slot: slot.slot,
              state: 'configured',
              ...(outcome?.reason
                ? { reason: outcome.reason, ...(outcome.why ? { why: outcome.why } : {}) }
                : !server && lastError
                  ? coded(lastError)
                  : { reason: null }),
            }
          return { deviceId: d.id, slot: null, state: 'unknown', reason: null }
        }),
      }
    },
    heardAt: (deviceId: string): string | null => heard.get(deviceId) ?? null,
    isRunning: () => server !== null,
    /** Rebinds when the configured address or port changed, and re-points set-up terminals. */
    async rebind(): Promise<void> {
      if (!server) return
      const { port, address } = bind()
      const moved =
        (options.listenPort === undefined && port !== server.port) ||
        (options.listenAddress === undefined && address !== server.address)
      if (!moved) return
      await stopServer()
      await ensureRunning().catch(() => undefined)
      for (const slot of store.events.slots()) {
        const outcome = await setup(slot.deviceId).catch((error: unknown): DeviceState => ({
          deviceId: slot.deviceId,
          slot: slot.slot,
          state: 'unknown',
          ...coded({ code: 'listeningNotRepointed', params: { why: String(error) } }),
        }))
        outcomes.set(slot.deviceId, outcome)
      }
    },
    close: stopServer,
  }
}
