import { startFleet } from '../../../src/simulator/index'
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
