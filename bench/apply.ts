// Apply throughput. Prints one JSON line per scenario.
//   npx tsx bench/apply.ts single [--persons 10000]   10k persons with a card and a 60 KB face → 1 terminal, 0 ms latency:
//                                                      station CPU per person (target ≤ 0.85 ms) and wall time
//   npx tsx bench/apply.ts fleet [--persons 2000] [--devices 20] [--latency 30]
//                                                      wall time vs the floor (target ≤ 1.1×): the highest of
//                                                      - latency: steps × latency ÷ the credentialed requests the
//                                                        station has on the wire per terminal (one since issue 16.3)
//                                                      - cpu: station + simulator CPU ÷ cores
//                                                      - loadedCpu: either event loop's run + run-queue wait (what
//                                                        the other processes of a loaded machine took from it)
// Both report the peak V8 heap and RSS of the station process, sampled through seeding and
// apply (target: heap ≤ 300 MB whatever the roster).
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import type { Station } from '../src/main/station'
import { DEFAULT_APPLY_OPTIONS } from '../src/main/station/apply/apply-service'
import { credentialedLanes } from '../src/main/station/devices/credential-lanes'
import { testStation } from '../test/helpers/station'
import { mainThreadTimes, startFleetChild, type ThreadTimes } from './sim-fleet-child'
import { face60k } from './synthetic-face'
import { startProfiler } from './cpu-profile'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const scenario = process.argv[2] === 'fleet' ? 'fleet' : 'single'
const persons = arg('persons', scenario === 'single' ? 10_000 : 2000)
const deviceCount = scenario === 'single' ? 1 : arg('devices', 20)
const latency = scenario === 'single' ? 0 : arg('latency', 30)
const withFaces = scenario === 'single' && !process.env.BENCH_NO_FACES

/** CPU ms per thread of this process (Linux), by thread name. */
function threadTimes(): Record<string, number> {
  const out: Record<string, number> = {}
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      out[`${name}#${tid}`] = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
    }
  } catch {
    // not Linux
  }
  return out
}

// BENCH_CPU_PROFILE=file.cpuprofile profiles the apply phase only (open it in Chrome DevTools);
// the JSON then names the heaviest functions by self time.
const ok = <T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error?.message)
  return r.value as T
}

async function seed(station: Station): Promise<void> {
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= persons; i++) rows.push(`${i},Person ${i},${5_000_000 + i}`)
  ok(await station.call('persons.import', { csv: rows.join('\n') }))
  if (!withFaces) return
  const faces = await Promise.all([0, 1, 2, 3].map(face60k))
  for (let i = 1; i <= persons; i++)
    ok(
      await station.call('persons.setFace', {
        employeeNo: String(i),
        jpegBase64: faces[i % 4]!.toString('base64'),
        source: 'file',
      }),
    )
}

/** Peak heap and RSS, sampled every 100 ms (and at each phase end). */
const peak = { heapMb: 0, rssMb: 0 }
const sample = () => {
  const m = process.memoryUsage()
  peak.heapMb = Math.max(peak.heapMb, Math.round(m.heapUsed / 2 ** 20))
  peak.rssMb = Math.max(peak.rssMb, Math.round(m.rss / 2 ** 20))
}
const sampler = setInterval(sample, 100)
sampler.unref()

const fleet = await startFleetChild(deviceCount, latency)
const { station, dataDir } = testStation({ onDisk: true })
try {
  for (const r of fleet.records)
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
  const seedT0 = performance.now()
  await seed(station)
  const seedMs = performance.now() - seedT0
  sample()
  const seedPeak = { ...peak }
  Object.assign(peak, { heapMb: 0, rssMb: 0 }) // from here on: the apply's own peak
  const profiler = process.env.BENCH_CPU_PROFILE ? await startProfiler() : undefined
  const threads0 = threadTimes()
  const simCpu0 = fleet.cpuMs()
  const simMain0 = fleet.mainThread()
  const stationMain0 = mainThreadTimes(process.pid)
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const job = ok<{ id: string; devices: { total: number }[] }>(
    await station.call('apply.start', {}),
  )
  // apply.start plans and writes the journal before it answers: the planning cost
  const planMs = performance.now() - t0
  const stepsPerDevice = job.devices[0]?.total ?? 0
  await new Promise<void>((resolve) => {
    station.subscribe((event, payload) => {
      const p = payload as { jobId: string; state: string }
      if (
        event === 'apply.progress' &&
        p.jobId === job.id &&
        (p.state === 'done' || p.state === 'failed')
      )
        resolve()
    })
  })
  const wallMs = performance.now() - t0
  sample()
  const profileTop = profiler ? await profiler.stop(process.env.BENCH_CPU_PROFILE!) : undefined
  const cpu = process.cpuUsage(cpu0)
  const threads1 = threadTimes()
  const simCpuMs = fleet.cpuMs() - simCpu0
  const since = (now: ThreadTimes, then: ThreadTimes) => ({
    runMs: Math.round(now.runMs - then.runMs),
    waitMs: Math.round(now.waitMs - then.waitMs),
  })
  const stationMain = since(mainThreadTimes(process.pid), stationMain0)
  const simMain = since(fleet.mainThread(), simMain0)
  const perThread = Object.fromEntries(
    Object.entries(threads1)
      .map(([k, v]) => [k, v - (threads0[k] ?? 0)])
      .filter(([, v]) => (v as number) > 0),
  )
  const cpuMs = (cpu.user + cpu.system) / 1000
  const final = ok<{ state: string; devices: { done: number; failed: number }[] }>(
    await station.call('apply.status', { jobId: job.id }),
  )
  // the runner keeps concurrencyPerDevice steps going per terminal, but the station sends one
  // credentialed request at a time (issue 16.3): the floor is the lanes actually on the wire
  const stepsInFlight = DEFAULT_APPLY_OPTIONS.concurrencyPerDevice
  const lanes = credentialedLanes(stepsInFlight)
  const latencyFloorMs = (stepsPerDevice * latency) / lanes
  // on this machine the wall cannot be shorter than the CPU the station and the simulated
  // terminals need, shared by its cores (the load of other processes aside)
  const cores = availableParallelism()
  const cpuFloorMs = (cpuMs + simCpuMs) / cores
  // nor than either event loop's own run plus the time it waited for a CPU the other processes
  // on the machine held (the scheduler's run-queue wait): the floor on a loaded machine
  const loadedFloorMs = Math.max(
    stationMain.runMs + stationMain.waitMs,
    simMain.runMs + simMain.waitMs,
  )
  const floors = { latency: latencyFloorMs, cpu: cpuFloorMs, loadedCpu: loadedFloorMs }
  const [floorBound, floorMs] = Object.entries(floors).reduce((a, b) => (b[1] > a[1] ? b : a))
  process.stdout.write(
    JSON.stringify({
      bench: `apply-${scenario}`,
      persons,
      devices: deviceCount,
      latencyMs: latency,
      stepsPerDevice,
      state: final.state,
      failed: final.devices.reduce((n, d) => n + d.failed, 0),
      wallMs: Math.round(wallMs),
      planMs: Math.round(planMs),
      seedMs: Math.round(seedMs),
      seedPeakHeapMb: seedPeak.heapMb,
      seedPeakRssMb: seedPeak.rssMb,
      peakHeapMb: peak.heapMb,
      peakRssMb: peak.rssMb,
      targetHeapMb: 300,
      loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
      threadsMs: perThread,
      stationCpuMs: Math.round(cpuMs),
      stationUserMs: Math.round(cpu.user / 1000),
      stationSystemMs: Math.round(cpu.system / 1000),
      stationCpuMsPerPerson: Number((cpuMs / persons).toFixed(3)),
      stationUserMsPerPerson: Number((cpu.user / 1000 / persons).toFixed(3)),
      ...(scenario === 'fleet'
        ? {
            lanesPerDevice: lanes,
            stepsInFlightPerDevice: stepsInFlight,
            latencyFloorMs: Math.round(latencyFloorMs),
            wallOverLatencyFloor: Number((wallMs / latencyFloorMs).toFixed(3)),
            simulatorCpuMs: Math.round(simCpuMs),
            cores,
            cpuFloorMs: Math.round(cpuFloorMs),
            stationMainThread: stationMain,
            simulatorMainThread: simMain,
            loadedCpuFloorMs: Math.round(loadedFloorMs),
            // an estimate, not a bound: while the station's event loop waits for a CPU, no lane
            // sends its next step; the latency floor plus that wait is what a loaded machine
            // allows (a wall near it: the station adds nothing of its own)
            latencyPlusStationWaitMs: Math.round(latencyFloorMs + stationMain.waitMs),
            wallOverLatencyPlusStationWait: Number(
              (wallMs / (latencyFloorMs + stationMain.waitMs)).toFixed(3),
            ),
            // the ratio that means something on a loaded machine: against the highest floor
            floorMs: Math.round(floorMs),
            floorBound,
            wallOverFloor: Number((wallMs / floorMs).toFixed(3)),
            target: 1.1,
          }
        : { targetCpuMsPerPerson: 0.85 }),
      ...(profileTop ? { profileTop } : {}),
    }) + '\n',
  )
} finally {
  await station.close()
  fleet.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
