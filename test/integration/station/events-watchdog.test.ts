import { connect as tcpConnect, createServer, type Server, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { EventStreamStatus } from '../../../src/shared/model'
import { eventsHarness, waitUntil } from './events-harness'
import { endTogether, listenOnLoopback } from '../../helpers/tcp-relay'

/**
 * A loopback relay in front of a terminal that can go silent on its alertStream connection
 * without closing it: a half-open link, which only the heartbeat watchdog can notice.
 */
async function silencingRelay(port: number) {
  const streams = new Set<{ client: Socket; upstream: Socket }>()
  let silent = false
  const server: Server = createServer((client) => {
    const upstream = tcpConnect(port, '127.0.0.1')
    const pair = { client, upstream }
    let isStream = false
    client.on('data', (chunk: Buffer) => {
      if (chunk.includes('GET /ISAPI/Event/notification/alertStream')) {
        isStream = true
        streams.add(pair)
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => {
      if (!(silent && isStream)) client.write(chunk)
    })
    endTogether(client, upstream, () => streams.delete(pair))
  })
  const relayPort = await listenOnLoopback(server)
  return {
    port: relayPort,
    /** The current stream goes quiet; streams opened afterwards flow again. */
    silence: () => {
      silent = true
      const quiet = [...streams]
      return () => quiet.every((p) => p.client.destroyed)
    },
    resume: () => (silent = false),
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door', timing: { heartbeatMs: 100 } })
})
afterAll(async () => fleet.close())

describe('heartbeat watchdog', () => {
  it('drops a stream that goes silent without closing, reconnects, and stores nothing twice', async () => {
    const relay = await silencingRelay(fleet.devices[0]!.port)
    const h = eventsHarness({ options: { heartbeatTimeoutMs: 600 } })
    try {
      const device = await h.add({ ...fleet.devices[0]!, port: relay.port })
      await h.connected(device.id)
      const [first] = await fleet.control.triggerEvent(0, { kind: 'doorForced' })
      await waitUntil(() => h.pushed.find((e) => e.serialNo === first!.serialNo), 'the first event')

      const closed = relay.silence()
      // an event while the link is silent: not delivered by the dead stream …
      const [during] = await fleet.control.triggerEvent(0, { kind: 'doorOpenTooLong' })
      const startedAt = Date.now()
      // … the watchdog gives up on the silent link (the client closes it) …
      await waitUntil(closed, 'the silent stream to be dropped', 5_000)
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(400)
      relay.resume()
      // … and the new stream (or the backfill before it) brings the event, once
      await waitUntil(
        () => h.pushed.find((e) => e.serialNo === during!.serialNo),
        'the event from the silence',
      )
      const status = await h.connected(device.id)
      expect(status).toMatchObject<Partial<EventStreamStatus>>({
        mode: 'alertStream',
        connected: true,
      })
      const serials = h.pushed.map((e) => e.serialNo)
      expect(new Set(serials).size).toBe(serials.length)
    } finally {
      await h.close()
      await relay.close()
    }
  })
})
