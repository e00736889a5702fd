// alertStream parsing throughput and memory: a recorded stream (the DS-K1T342MWX replay sample,
// re-framed with CRLF and exact Content-Length) fed in 16 KiB chunks through the multipart reader
// and the event decoder, then 1,000,000 events streamed with heap sampled along the way.
// Run: npx tsx bench/isapi-alert-parse.ts [events]
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MultipartReader } from '../src/main/isapi/codec/multipart-reader'
import { decodeNotificationPart } from '../src/main/isapi/endpoints/notification-parts'

const here = path.dirname(fileURLToPath(import.meta.url))
const sample = readFileSync(
  path.resolve(
    here,
    '..',
    'test',
    'fixtures',
    'real',
    'santanapedro-ha-hikvision-access',
    'alertStream.sample.txt',
  ),
  'utf8',
)
const bodies = sample
  .split('--MIME_boundary')
  .map((p) => p.split(/\n\n/).slice(1).join('\n\n').trim())
  .filter((b) => b.startsWith('{') && b.endsWith('}'))
const parts = bodies.map((b) =>
  Buffer.from(
    `--MIME_boundary\r\nContent-Type: application/json; charset="UTF-8"\r\nContent-Length: ${Buffer.byteLength(b)}\r\n\r\n${b}\r\n`,
  ),
)
const block = Buffer.concat(Array.from({ length: 40 }, () => parts).flat())
const eventsPerBlock = parts.length * 40
const CHUNK = 16 * 1024

function run(
  totalEvents: number,
  sampleHeap: boolean,
): { ms: number; events: number; skipped: number; heap: number[] } {
  const reader = new MultipartReader('MIME_boundary')
  let events = 0
  let skipped = 0
  const heap: number[] = []
  const log = (): void => {
    skipped++
  }
  const t0 = performance.now()
  let nextSample = 100_000
  while (events < totalEvents) {
    for (let off = 0; off < block.length; off += CHUNK) {
      for (const p of reader.push(block.subarray(off, off + CHUNK))) {
        const d = decodeNotificationPart(p, log)
        if (d.kind === 'event') events++
      }
    }
    if (sampleHeap && events >= nextSample) {
      heap.push(Math.round(process.memoryUsage().heapUsed / 1024 / 1024))
      nextSample += 100_000
    }
  }
  return { ms: performance.now() - t0, events, skipped, heap }
}

const total = Number(process.argv[2] ?? 1_000_000)
run(eventsPerBlock * 20, false) // warm-up
const speed = run(200_000, false)
const mem = run(total, true)
console.log(
  JSON.stringify({
    bench: 'isapi-alert-stream-parse',
    recordedParts: parts.length,
    bytesPerEvent: Math.round(block.length / eventsPerBlock),
    eventsPerSecond: Math.round((speed.events / speed.ms) * 1000),
    streamedEvents: mem.events,
    skipped: mem.skipped + speed.skipped,
    heapMiBEvery100k: mem.heap,
    heapGrowthMiB: mem.heap.length > 1 ? mem.heap[mem.heap.length - 1]! - mem.heap[0]! : 0,
    targets: { eventsPerSecond: 50_000, memory: 'flat' },
  }),
)
