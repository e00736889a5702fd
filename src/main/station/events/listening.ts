// The listening host's lifecycle and the httpHosts set-up on terminals. Policy: the server
// runs only while some terminal is set up to post to it (or once listening.setup is asked
// for), so a station that does not use listening opens no port. It binds the configured
// address and port (settings.listenAddress / listenPort) and rebinds when they change.
import type { AlertEvent } from '../../isapi'
import type { ListeningStatus } from '../../../shared/model'
import { AppFailure } from '../../../shared/result'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { addressesOf, addressForDevice } from './local-address'
import { normaliseAddress, startListeningServer, type ListeningServer } from './listening-server'
import { chooseSlot, isCurrent, ourHost, pointsAt } from './slot-choice'

export interface ListeningOptions {
  listenPort?: number
  listenAddress?: string
  maxBodyBytes: number
}

type DeviceState = ListeningStatus['devices'][number]
const PATH = /^\/es\/events\/([^/]+)$/

export function listeningHost(
  ctx: StationContext,
  devices: DeviceService,
  deliver: (deviceId: string, events: AlertEvent[]) => Promise<void>,
  options: ListeningOptions,
) {
  const { store } = ctx
  let server: ListeningServer | null = null
  let starting: Promise<ListeningServer> | null = null
  let lastError: string | null = null
  const outcomes = new Map<string, DeviceState>()
  const heard = new Map<string, string>()
  const bind = () => {
    const s = store.settings.get()
    return {
      port: options.listenPort ?? s.listenPort,
      address: options.listenAddress ?? s.listenAddress,
    }
  }
  const urlOf = (deviceId: string) => `/es/events/${encodeURIComponent(deviceId)}`

  const resolved = new Map<string, { at: number; addresses: string[] }>()
  /** A terminal's addresses, names resolved at most once a minute. */
  const addressesFor = async (host: string): Promise<string[]> => {
    const hit = resolved.get(host)
    if (hit && Date.now() - hit.at < 60_000) return hit.addresses
    const addresses = (await addressesOf(host)).map(normaliseAddress)
    resolved.set(host, { at: Date.now(), addresses })
    return addresses
  }

  const candidates = async (remote: string, path: string): Promise<string[]> => {
    const m = PATH.exec(path)
    const wanted = m?.[1] ? decodeURIComponent(m[1]) : null
    const out: string[] = []
    for (const d of store.devices.list()) {
      if (wanted !== null && d.id !== wanted) continue
      if ((await addressesFor(d.host)).includes(remote)) out.push(d.id)
    }
    return out
  }

  /** Several terminals behind one address: the envelope's own port tells them apart. */
  const attribute = (ids: string[], events: AlertEvent[]): string | null => {
    if (ids.length === 1) return ids[0] ?? null
    const port = events.find((e) => e.envelope.portNo !== undefined)?.envelope.portNo
    const match = ids.filter((id) => store.devices.get(id)?.port === port)
    return match.length === 1 ? (match[0] ?? null) : null
  }

  const ensureRunning = async (): Promise<ListeningServer> => {
    if (server) return server
    if (starting) return starting
    const { port, address } = bind()
    starting = startListeningServer({
      host: address,
      port,
      maxBodyBytes: options.maxBodyBytes,
      candidates,
      attribute,
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
      lastError = `The listening server cannot use ${address}:${port}: ${(error as Error).message}`
      ctx.logger.warn(lastError)
      throw new AppFailure('CONFLICT', lastError, { address, port })
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
        reason: `${record.name} is not on this machine: set the listening address to LAN (0.0.0.0) first.`,
      }
    const target = { address, port: running.port, url: urlOf(deviceId) }
    const client = devices.client(deviceId)
    try {
      const choice = chooseSlot(await client.httpHosts.list(), target)
      if (choice.kind === 'none')
        return {
          deviceId,
          slot: null,
          state: 'noFreeSlot',
          reason: `Every httpHosts slot points at another platform (${choice.taken.join(', ')}); none was changed.`,
        }
      const host = ourHost(choice.host.id, target)
      await client.httpHosts.set(host)
      const readBack = await client.httpHosts.get(host.id)
      if (!isCurrent(readBack, target))
        return {
          deviceId,
          slot: host.id,
          state: 'notConfigured',
          reason: `${record.name} accepted the setting but did not keep it (slot ${host.id} → ${pointsAt(readBack) ?? 'empty'}).`,
        }
      store.events.putSlot({
        deviceId,
        slot: host.id,
        ...target,
        configuredAt: ctx.clock.now().toISOString(),
      })
      // some firmware refuse the test (invalidOperation): then only real events will tell
      const test = await client.httpHosts.test(host).catch(() => null)
      devices.observe(deviceId)
      const passed = test === '' || test?.toLowerCase() === 'ok'
      return {
        deviceId,
        slot: host.id,
        state: 'configured',
        reason:
          test === null
            ? 'The terminal cannot run a test post; its first events will show that it delivers.'
            : passed
              ? null
              : `The terminal's test post failed: ${test}`,
      }
    } catch (error) {
      devices.observe(deviceId, error)
      throw devices.mapError(error, record.name)
    }
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
              reason: outcome?.reason ?? (server ? null : lastError),
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
          reason: `Not re-pointed after the listening address changed: ${String(error)}`,
        }))
        outcomes.set(slot.deviceId, outcome)
      }
    },
    close: stopServer,
  }
}

export type ListeningHost = ReturnType<typeof listeningHost>
