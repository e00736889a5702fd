import { startFleet } from '../../../src/simulator/index'
import { eventually } from '../../helpers/eventually'
import { connect, type ConnectOptions, type IsapiClient } from '../../../src/main/isapi/index'

export type Fleet = Awaited<ReturnType<typeof startFleet>>
export type FleetOptions = Parameters<typeof startFleet>[0]
export type SimDevice = Fleet['devices'][number]

export async function fleet(o: FleetOptions = {}): Promise<Fleet> {
  return startFleet({ port: 0, ...o })
}

export function client(d: SimDevice, o: Partial<ConnectOptions> = {}): IsapiClient {
  return connect({
    host: d.host,
    port: d.port,
    protocol: d.protocol as 'http' | 'https',
    username: d.username,
    password: d.password,
    name: d.name,
    ...o,
  })
}

export async function collect<T>(it: AsyncIterable<T>, max = Infinity): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) {
    out.push(x)
    if (out.length >= max) break
  }
  return out
}

export async function rejects(p: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await p
  } catch (e) {
    return e as Record<string, unknown>
  }
  throw new Error('expected a rejection')
}

export const valid = {
  enable: true,
  beginTime: '2024-01-01T00:00:00',
  endTime: '2030-12-31T23:59:59',
  timeType: 'local',
}

/** The serial number of a simulated terminal's latest logged event (0 when none). */
export async function lastSerial(f: Fleet, d: SimDevice): Promise<number> {
  const events = await f.control.events(d)
  return events.at(-1)?.serialNo ?? 0
}

/**
 * Resolves once the terminal has come back from a reboot begun after event `since`: it logs
 * "device started" (major 2, minor 1024) once it listens again.
 */
export async function backFromReboot(f: Fleet, d: SimDevice, since: number): Promise<void> {
  await eventually(async () => {
    const started = (await f.control.events(d, since)).some(
      (e) => e.major === 2 && e.minor === 1024,
    )
    if (!started) throw new Error(`${d.name} has not come back from its reboot`)
  }, 30_000)
}

/** Resolves once the terminal waits for the person to present a credential of `kind`. */
export async function waitingFor(
  f: Fleet,
  d: SimDevice,
  kind: 'card' | 'finger' | 'face' | 'iris',
): Promise<void> {
  await eventually(async () => {
    const { activeCapture } = await f.control.state(d)
    if (activeCapture !== kind) throw new Error(`${d.name} is not waiting for a ${kind}`)
  })
}

/** Resolves once the terminal holds exactly `n` open alertStream connections. */
export async function alertStreamsOpen(f: Fleet, d: SimDevice, n: number): Promise<void> {
  await eventually(async () => {
    const { alertStreams } = await f.control.state(d)
    if (alertStreams !== n)
      throw new Error(`${d.name} holds ${alertStreams} alertStreams, not ${n}`)
  })
}
