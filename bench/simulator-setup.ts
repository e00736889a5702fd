// One simulated terminal, zero added latency: authenticated UserInfo/SetUp (2,500 persons,
// overwritten in turn, within the profile's capacity) and 60 KB face uploads (FDSetUp multipart). The simulator runs in its own process; its CPU time is
// read from /proc, so "per core" = requests per simulator CPU-second.
// Run: npx tsx bench/simulator-setup.ts [--persons 20000] [--faces 3000] [--profile face-fp]
import { performance } from 'node:perf_hooks'
import sharp from 'sharp'
import { BenchClient, cpuMs, drive, rssMb, startChildFleet } from './simulator-harness.js'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1]! : fallback
}
const persons = Number(arg('persons', '20000'))
const faces = Number(arg('faces', '3000'))
const profile = arg('profile', 'face-fp')
const ids = Number(arg('ids', '2500'))

async function face60k(): Promise<Buffer> {
  const w = 640
  const h = 800
  const raw = Buffer.alloc(w * h * 3)
  let x = 12345
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    raw[i] = 96 + ((i / 3) % w > 100 && (i / 3) % w < 540 ? 60 : 0) + (x % 24)
  }
  let q = 60
  let jpeg = await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality: q })
    .toBuffer()
  while (Math.abs(jpeg.length - 60_000) > 6_000 && q > 5 && q < 100) {
    q += jpeg.length > 60_000 ? -5 : 5
    jpeg = await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
      .jpeg({ quality: q })
      .toBuffer()
  }
  return jpeg
}

function multipart(emp: string, jpeg: Buffer): Buffer {
  const j = `{"faceLibType":"blackFD","FDID":"1","FPID":"${emp}"}`
  return Buffer.concat([
    Buffer.from(
      `--b\r\nContent-Disposition: form-data; name="FaceDataRecord"\r\nContent-Type: application/json\r\nContent-Length: ${j.length}\r\n\r\n${j}\r\n--b\r\nContent-Disposition: form-data; name="FaceImage"; filename="f.jpg"\r\nContent-Type: image/jpeg\r\nContent-Length: ${jpeg.length}\r\n\r\n`,
    ),
    jpeg,
    Buffer.from('\r\n--b--\r\n'),
  ])
}

/** One UserInfo/Search page of 30 (same searchID); returns how many persons it carried. */
async function fetchPage(pos: number): Promise<number> {
  const { status, body } = await reader.requestBody(
    'POST',
    '/ISAPI/AccessControl/UserInfo/Search?format=json',
    JSON.stringify({
      UserInfoSearchCond: { searchID: 'bench-read', searchResultPosition: pos, maxResults: 30 },
    }),
    'application/json',
  )
  if (status !== 200) throw new Error(`search page at ${pos}: ${status}`)
  return (JSON.parse(body) as { UserInfoSearch: { numOfMatches: number } }).UserInfoSearch
    .numOfMatches
}

const fleet = await startChildFleet(['--devices', '1', '--profile', profile])
const pid = fleet.child.pid!
const d = fleet.devices[0]!
// One digest session per connection (16 lanes), as a real client keeps one nonce per socket.
const lanes = Array.from({ length: 16 }, () => new BenchClient(d, 1))
const client = {
  request: (...a: Parameters<BenchClient['request']>) => lanes[lane++ % 16]!.request(...a),
  get challenges() {
    return lanes.reduce((n, l) => n + l.challenges, 0)
  },
  close: () => Promise.all([...lanes, reader].map((l) => l.close())),
}
let lane = 0
const reader = new BenchClient(d, 1)
try {
  const body = (i: number): string =>
    JSON.stringify({
      UserInfo: {
        employeeNo: String(100000 + (i % ids)),
        name: `Person ${i}`,
        userType: 'normal',
        Valid: {
          enable: true,
          beginTime: '2024-01-01T00:00:00',
          endTime: '2030-12-31T23:59:59',
          timeType: 'local',
        },
        doorRight: '1',
        RightPlan: [{ doorNo: 1, planTemplateNo: '1' }],
      },
    })
  await drive(500, 16, (i) =>
    client.request(
      'PUT',
      '/ISAPI/AccessControl/UserInfo/SetUp?format=json',
      body(i),
      'application/json',
    ),
  )
  let cpu0 = cpuMs(pid)
  let t0 = performance.now()
  const setup = await drive(persons, 16, (i) =>
    client.request(
      'PUT',
      '/ISAPI/AccessControl/UserInfo/SetUp?format=json',
      body(i),
      'application/json',
    ),
  )
  const setupWall = (performance.now() - t0) / 1000
  const setupCpu = (cpuMs(pid) - cpu0) / 1000
  const jpeg = await face60k()
  cpu0 = cpuMs(pid)
  t0 = performance.now()
  const up = await drive(faces, 16, (i) =>
    client.request(
      'PUT',
      '/ISAPI/Intelligent/FDLib/FDSetUp?format=json',
      multipart(String(100000 + (i % ids)), jpeg),
      'multipart/form-data; boundary=b',
    ),
  )
  const faceWall = (performance.now() - t0) / 1000
  const faceCpu = (cpuMs(pid) - cpu0) / 1000
  cpu0 = cpuMs(pid)
  t0 = performance.now()
  let pages = 0
  let read = 0
  for (let pos = 0; ; pages++) {
    const r = await fetchPage(pos)
    read += r
    pos += r
    if (r < 30) break
  }
  const readWall = (performance.now() - t0) / 1000
  const readCpu = (cpuMs(pid) - cpu0) / 1000
  const result = {
    bench: 'simulator-setup',
    profile,
    node: process.version,
    userInfoSetUp: {
      requests: persons,
      ok: setup.ok,
      failed: setup.failed,
      wallSeconds: +setupWall.toFixed(2),
      perSecondWall: Math.round(persons / setupWall),
      simulatorCpuSeconds: +setupCpu.toFixed(2),
      perSimulatorCpuSecond: Math.round(persons / setupCpu),
      target: 2000,
    },
    faceUpload: {
      requests: faces,
      jpegBytes: jpeg.length,
      ok: up.ok,
      failed: up.failed,
      wallSeconds: +faceWall.toFixed(2),
      perSecondWall: Math.round(faces / faceWall),
      simulatorCpuSeconds: +faceCpu.toFixed(2),
      perSimulatorCpuSecond: Math.round(faces / faceCpu),
      target: 300,
    },
    readBack: {
      persons: read,
      pages: pages + 1,
      wallSeconds: +readWall.toFixed(2),
      pagesPerSecondWall: Math.round((pages + 1) / readWall),
      simulatorCpuSeconds: +readCpu.toFixed(2),
    },
    digestChallenges: client.challenges,
    simulatorRssMb: +rssMb(pid).toFixed(1),
  }
  console.log(JSON.stringify(result))
} finally {
  await client.close()
  await fleet.stop()
}
