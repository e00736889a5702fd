// Client CPU of a 60 KB face upload (multipart FDSetUp with digest) against one simulated
// terminal in its own process. Prints JSON. Run: npx tsx bench/isapi-face-upload.ts [uploads]
import sharp from 'sharp'
import { connect } from '../src/main/isapi/index'
import { startSimChild } from './isapi-child'

async function jpegNear(bytes: number): Promise<Buffer> {
  const w = 480
  const h = 640
  const raw = Buffer.alloc(w * h * 3)
  let seed = 7
  for (let i = 0; i < raw.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    raw[i] = (((i / 3) % w) * 0.5 + (seed % 128)) & 0xff
  }
  let q = 95
  let out = await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality: q })
    .toBuffer()
  while (out.length > bytes && q > 5) {
    q -= 5
    out = await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
      .jpeg({ quality: q })
      .toBuffer()
  }
  return out
}

const uploads = Number(process.argv[2] ?? 300)
const face = await jpegNear(60 * 1024)
const sim = await startSimChild('face-fp')
const c = connect({
  host: sim.host,
  port: sim.port,
  protocol: sim.protocol,
  username: sim.username,
  password: sim.password,
})
try {
  for (let i = 0; i < 20; i++)
    await c.persons.upsert({
      employeeNo: `U${i}`,
      name: `U${i}`,
      userType: 'normal',
      valid: { enable: true, beginTime: '2024-01-01T00:00:00', endTime: '2030-01-01T00:00:00' },
      rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
    })
  for (let i = 0; i < 20; i++) await c.faces.upsert({ FPID: `U${i}` }, { jpeg: face }) // warm-up
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  for (let i = 0; i < uploads; i++) await c.faces.upsert({ FPID: `U${i % 20}` }, { jpeg: face })
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  console.log(
    JSON.stringify({
      bench: 'isapi-face-upload',
      faceBytes: face.length,
      uploads,
      uploadsPerSecond: Math.round((uploads / ms) * 1000),
      clientCpuMsPerUpload: Number(((cpu.user + cpu.system) / 1000 / uploads).toFixed(4)),
      targets: { clientCpuMsPerUpload: 1 },
    }),
  )
} finally {
  await c.close()
  await sim.stop()
}
