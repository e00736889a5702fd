// A terminal that stops answering (a test stopping its simulator, a cable pulled) is the
// terminal's health, not a stream of warnings: the events worker's backfill, tried again at each
// reconnect, says so in one line when the terminal goes offline and then stays quiet; a backfill
// that fails for another reason (a garbled answer) is still a warning.
import { connect as tcpConnect, createServer, type Server, type Socket } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Logger } from '../../../src/main/platform/logger'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device } from '../../../src/shared/model'
import { eventsHarness, waitUntil } from './events-harness'
import { endTogether, listenOnLoopback } from '../../helpers/tcp-relay'

/** A loopback relay in front of a terminal that can drop every connection, or garble the log. */
async function relay(port: number) {
  const open = new Set<Socket>()
  let mode: 'pass' | 'drop' | 'garbleLog' = 'pass'
  let dropped = 0
  const server: Server = createServer((client) => {
    if (mode === 'drop') {
      dropped++
      client.destroy()
      return
    }
    const upstream = tcpConnect(port, '127.0.0.1')
    open.add(client).add(upstream)
    client.on('data', (chunk: Buffer) => {
      if (mode === 'garbleLog' && chunk.includes('/ISAPI/AccessControl/AcsEvent')) {
        const body = '{"AcsEvent": ['
        client.end(
          `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
        )
        upstream.destroy()
        return
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => client.write(chunk))
    endTogether(client, upstream, () => {
      open.delete(client)
      open.delete(upstream)
    })
  })
  const relayPort = await listenOnLoopback(server)
  return {
    port: relayPort,
    /** Every connection, open or new, is dropped (the terminal went away). */
    drop: () => {
      mode = 'drop'
      dropped = 0
      for (const s of open) s.destroy()
    },
    garbleLog: () => (mode = 'garbleLog'),
    pass: () => (mode = 'pass'),
    dropped: () => dropped,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

const lines: { level: keyof Logger; message: string }[] = []
const logger: Logger = {
  info: (message) => lines.push({ level: 'info', message }),
  warn: (message) => lines.push({ level: 'warn', message }),
  error: (message) => lines.push({ level: 'error', message }),
}
const said = (level: keyof Logger, pattern: RegExp) =>
  lines.filter((l) => l.level === level && pattern.test(l.message)).length

let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())

it('one line when a terminal goes offline, none while it stays so; a real failure warns', async () => {
  const link = await relay(fleet.devices[0]!.port)
  const h = eventsHarness({ logger })
  const health = async (id: string) =>
    (await h.call<Device[]>('devices.list')).find((d) => d.id === id)?.health
  try {
    const device = await h.add({ ...fleet.devices[0]!, port: link.port })
    await h.connected(device.id)
    expect(lines.filter((l) => l.level !== 'info')).toEqual([])

    // the terminal goes away: the worker reconnects (and backfills) again and again
    link.drop()
    await waitUntil(() => link.dropped() >= 6, 'several reconnect attempts')
    expect(await health(device.id)).toBe('offline')
    expect(lines.filter((l) => l.level !== 'info')).toEqual([])
    expect(said('info', /^terminal offline/)).toBe(1)

    // back, then away again: one more line
    link.pass()
    await h.connected(device.id)
    link.drop()
    await waitUntil(() => link.dropped() >= 6, 'reconnect attempts after the second cut')
    expect(said('info', /^terminal offline/)).toBe(2)
    expect(lines.filter((l) => l.level !== 'info')).toEqual([])

    // a terminal that answers the log garbled is a real failure: a warning
    link.garbleLog()
    await waitUntil(() => said('warn', /^event backfill failed/) > 0, 'the backfill warning')
  } finally {
    await h.close()
    await link.close()
  }
  // stopping the station while the terminal is away said nothing more
  expect(said('error', /./)).toBe(0)
})
