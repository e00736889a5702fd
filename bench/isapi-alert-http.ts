// End-to-end alertStream: a loopback server streams recorded-shape events as fast as the socket
// takes them, the client reads them through connect().events.alertStream(). Prints JSON.
// Run: npx tsx bench/isapi-alert-http.ts [events]
import { createHash, randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from '../src/main/isapi/index'

const total = Number(process.argv[2] ?? 300_000)
const md5 = (s: string): string => createHash('md5').update(s).digest('hex')
const nonce = randomBytes(8).toString('hex')
const event = (i: number): Buffer => {
  const body = JSON.stringify(
    {
      ipAddress: '192.0.2.10',
      portNo: 80,
      protocol: 'HTTP',
      macAddress: 'AA:BB:CC:DD:EE:FF',
      channelID: 1,
      dateTime: '2025-06-22T10:26:22-04:00',
      activePostCount: 1,
      eventType: 'AccessControllerEvent',
      eventState: 'active',
      eventDescription: 'Access Controller Event',
      AccessControllerEvent: {
        deviceName: 'Door',
        majorEventType: 5,
        subEventType: 75,
        name: 'Ann',
        cardReaderNo: 1,
        doorNo: 1,
        employeeNoString: '1001',
        serialNo: i,
        currentVerifyMode: 'cardOrFace',
        currentEvent: true,
        frontSerialNo: i - 1,
        attendanceStatus: 'undefined',
        statusValue: 0,
        mask: 'no',
        purePwdVerifyEnable: true,
      },
    },
    null,
    '\t',
  )
  return Buffer.from(
    `--MIME_boundary\r\nContent-Type: application/json; charset="UTF-8"\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}\r\n`,
  )
}
const batch = Buffer.concat(Array.from({ length: 100 }, (_, i) => event(i + 1)))

const server = createServer((req, res) => {
  const auth = req.headers.authorization ?? ''
  const f = Object.fromEntries(
    [...auth.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/g)].map((m) => [m[1]!, m[2] ?? m[3] ?? '']),
  )
  const ok =
    f.response ===
    md5(
      `${md5(`admin:bench:pw`)}:${nonce}:${f.nc}:${f.cnonce}:auth:${md5(`${req.method}:${f.uri}`)}`,
    )
  if (!ok) {
    res.writeHead(401, {
      'WWW-Authenticate': `Digest qop="auth", realm="bench", nonce="${nonce}", stale="FALSE"`,
    })
    res.end()
    return
  }
  res.writeHead(200, {
    'Content-Type': 'multipart/mixed; boundary=MIME_boundary',
    Connection: 'close',
  })
  let sent = 0
  const pump = (): void => {
    while (sent < total) {
      sent += 100
      if (!res.write(batch)) {
        res.once('drain', pump)
        return
      }
    }
    res.end()
  }
  pump()
})
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
const c = connect({
  host: '127.0.0.1',
  port: (server.address() as AddressInfo).port,
  username: 'admin',
  password: 'pw',
})
let n = 0
const heap: number[] = []
const cpu0 = process.cpuUsage()
const t0 = performance.now()
try {
  for await (const e of c.events.alertStream({ heartbeats: false })) {
    if (e.type === 'access') n++
    if (n % 50_000 === 0) heap.push(Math.round(process.memoryUsage().heapUsed / 1024 / 1024))
    if (n >= total) break
  }
} catch (e) {
  if ((e as { code?: string }).code !== 'STREAM_BROKEN') throw e
}
const ms = performance.now() - t0
const cpu = process.cpuUsage(cpu0)
console.log(
  JSON.stringify({
    bench: 'isapi-alert-stream-http',
    events: n,
    eventsPerSecond: Math.round((n / ms) * 1000),
    clientCpuUsPerEvent: Number(((cpu.user + cpu.system) / n).toFixed(2)),
    heapMiBEvery50k: heap,
    targets: { eventsPerSecond: 50_000, memory: 'flat' },
  }),
)
await c.close()
server.close()
