// What the station adds on top of the requests themselves: the same work (per person a person
// record, a card and a ~60 KB face, two persons in flight, one simulated terminal in a child
// process) sent once by a plain undici client and once by the station's apply. The plain client
// builds the bodies as literals and answers digest with a reused nonce (two MD5s per request):
// the floor any client has to pay. Prints JSON: CPU per person of each, the overhead and ratio.
//   npx tsx bench/overhead.ts [--persons 2000]
//   BENCH_CPU_PROFILE=station.cpuprofile … also profiles the station's apply and names the
//   heaviest functions by self time.
import { rmSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { DEFAULT_APPLY_OPTIONS } from '../src/main/station/apply/apply-service'
import { testStation } from '../test/helpers/station'
import { startProfiler } from './cpu-profile'
import { startFleetChild } from './sim-fleet-child'
import { sendPlainPerson } from './plain-person'
import { BenchClient, drive } from './simulator-harness'
import { face60k } from './synthetic-face'

const argOf = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const persons = argOf('persons', 2000)
const lanes = DEFAULT_APPLY_OPTIONS.concurrencyPerDevice
const ok = <T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error?.message)
  return r.value as T
}

// terminal 0 and 1 take the plain client's runs, terminal 2 the station's
const fleet = await startFleetChild(3, 0)
const faces = await Promise.all([0, 1, 2, 3].map(face60k))

/** The plain client's run on one terminal: CPU and wall per person. */
async function plainRun(device: number, count = persons, firstNo = 1) {
  const c = new BenchClient(fleet.records[device]!, lanes)
  await c.request('GET', '/ISAPI/System/deviceInfo') // the digest challenge, once
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const result = await drive(count, lanes, async (i) => {
    const no = String(firstNo + i)
    return sendPlainPerson(c, no, String(5_000_000 + firstNo + i), faces[(firstNo + i) % 4]!)
  })
  const wallMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  await c.close()
  if (result.failed > 0) throw new Error(`plain client: ${result.failed} persons failed`)
  return { cpuMs: (cpu.user + cpu.system) / 1000, userMs: cpu.user / 1000, wallMs }
}

/** The station's apply of the same persons to terminal 2: CPU and wall of the apply alone. */
async function stationRun() {
  const { station, dataDir } = testStation({ onDisk: true })
  try {
    const r = fleet.records[2]!
    ok(
      await station.call('devices.add', {
        name: r.name,
        host: r.host,
        port: r.port,
        protocol: 'http',
        username: r.username,
        password: r.password,
      }),
    )
    const rows = ['employeeNo,name,cards']
    for (let i = 1; i <= persons; i++) rows.push(`${i},Person ${i},${5_000_000 + i}`)
    ok(await station.call('persons.import', { csv: rows.join('\n') }))
    for (let i = 1; i <= persons; i++)
      ok(
        await station.call('persons.setFace', {
          employeeNo: String(i),
          jpegBase64: faces[i % 4]!.toString('base64'),
          source: 'file',
        }),
      )
    const profiler = process.env.BENCH_CPU_PROFILE ? await startProfiler() : undefined
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    const job = ok<{ id: string }>(await station.call('apply.start', {}))
    const planMs = performance.now() - t0 // apply.start plans and writes the journal first
    await new Promise<void>((resolve) => {
      station.subscribe((event, payload) => {
        const p = payload as { jobId: string; state: string }
        if (
          event === 'apply.progress' &&
          p.jobId === job.id &&
          ['done', 'failed'].includes(p.state)
        )
          resolve()
      })
    })
    const wallMs = performance.now() - t0
    const cpu = process.cpuUsage(cpu0)
    const profileTop = profiler ? await profiler.stop(process.env.BENCH_CPU_PROFILE!) : undefined
    const final = ok<{ state: string }>(await station.call('apply.status', { jobId: job.id }))
    if (final.state !== 'done') throw new Error(`station apply ${final.state}`)
    return {
      cpuMs: (cpu.user + cpu.system) / 1000,
      userMs: cpu.user / 1000,
      wallMs,
      planMs,
      profileTop,
    }
  } finally {
    await station.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

try {
  await plainRun(0, 200, 900_001) // warm-up (JIT): other persons, not counted
  // plain, station, plain: the plain figure is the mean of the runs either side
  const before = await plainRun(0)
  const st = await stationRun()
  const after = await plainRun(1)
  const per = (ms: number) => Number((ms / persons).toFixed(3))
  const plainCpu = (before.cpuMs + after.cpuMs) / 2
  const plainWall = (before.wallMs + after.wallMs) / 2
  process.stdout.write(
    JSON.stringify({
      bench: 'apply-overhead',
      persons,
      lanes,
      plainCpuMsPerPerson: per(plainCpu),
      plainRunsCpuMsPerPerson: [per(before.cpuMs), per(after.cpuMs)],
      stationCpuMsPerPerson: per(st.cpuMs),
      plainUserMsPerPerson: per((before.userMs + after.userMs) / 2),
      stationUserMsPerPerson: per(st.userMs),
      overheadCpuMsPerPerson: per(st.cpuMs - plainCpu),
      cpuRatio: Number((st.cpuMs / plainCpu).toFixed(2)),
      plainWallMsPerPerson: per(plainWall),
      stationWallMsPerPerson: per(st.wallMs),
      wallRatio: Number((st.wallMs / plainWall).toFixed(2)),
      stationPlanMsPerPerson: per(st.planMs),
      targets: { overheadCpuMsPerPerson: 0.35, stationCpuMsPerPerson: 0.85 },
      ...(st.profileTop ? { profileTop: st.profileTop } : {}),
    }) + '\n',
  )
} finally {
  fleet.stop()
}
