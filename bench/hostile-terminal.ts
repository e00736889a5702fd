// What hostile terminal answers cost the station: the longest event-loop stall (CPU-corrected,
// see longestStall) and the RSS growth above idle, per input. The hostile terminal runs in this
// process on loopback. Prints JSON. Run: node --expose-gc --import tsx bench/hostile-terminal.ts
import type { ServerResponse } from 'node:http'
import { connect, type IsapiClient } from '../src/main/isapi/index'
import {
  HOSTILE_PASSWORD,
  HOSTILE_USER,
  hostileTerminal,
  longestStall,
  writeFlood,
  type HostileRequest,
} from '../test/helpers/hostile-terminal'

const MiB = 1024 * 1024
type Answer = (res: ServerResponse) => void | Promise<void>

const cases: Record<string, { answer: Answer; call: (c: IsapiClient) => Promise<unknown> }> = {
  'html 500, 16 MiB of "<"': {
    answer: (res) => {
      res.writeHead(500, { 'Content-Type': 'text/html' })
      return writeFlood(res, '<html><body>', '<', 16 * MiB - 64)
    },
    call: (c) => c.persons.count(),
  },
  'json 200, 16 MiB of "["': {
    answer: (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      return writeFlood(res, '', '[', 16 * MiB - 64)
    },
    call: (c) => c.persons.count(),
  },
  'json 200, 1 MiB nested 500k deep': {
    answer: (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('['.repeat(500_000) + ']'.repeat(500_000))
    },
    call: (c) => c.persons.count(),
  },
  'json 200, 1 MiB of {}': {
    answer: (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('[' + '{},'.repeat(349_000) + '{}]')
    },
    call: (c) => c.persons.count(),
  },
  'xml 200, 63 KiB of attributes': {
    answer: (res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' })
      res.end(`<DeviceInfo>${'<b x="1"/>'.repeat(6_400)}</DeviceInfo>`)
    },
    call: (c) => c.system.deviceInfo(),
  },
}

const rss = (): number => process.memoryUsage().rss
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const results: Record<string, unknown>[] = []
for (const [name, k] of Object.entries(cases)) {
  const t = await hostileTerminal((r: HostileRequest, res) =>
    r.digestOk ? k.answer(res) : 'digest',
  )
  const c = connect({
    host: '127.0.0.1',
    port: t.port,
    username: HOSTILE_USER,
    password: HOSTILE_PASSWORD,
  })
  await c.system.deviceInfo().catch(() => {}) // log in first
  gc()
  const idle = rss()
  let peak = idle
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 2)
  const { value, stallMs } = await longestStall(() =>
    k.call(c).then(
      () => 'ok',
      (e: { code?: string }) => e.code ?? 'error',
    ),
  )
  clearInterval(sampler)
  peak = Math.max(peak, rss())
  results.push({
    input: name,
    outcome: value,
    stallMs: Math.round(stallMs),
    rssAboveIdleMB: Math.round((peak - idle) / MiB),
  })
  await c.close()
  await t.close()
}
process.stdout.write(JSON.stringify({ bench: 'hostile-terminal', results }, null, 1) + '\n')
