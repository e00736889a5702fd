// The simulated terminal's own CPU per request of an apply (it shares the machine's cores with
// the station in every apply bench, so what it spends is run-queue wait for the station): a
// plain keep-alive digest client sends per person a person record and a card (and with --faces
// a ~60 KB face) to one simulated terminal in a child process, two persons in flight. Prints
// JSON: the simulator's CPU per request and per person.
//   npx tsx bench/simulator-cpu.ts [--persons 2000] [--faces]
//   BENCH_SIM_ROOT=/work/wt/base … runs another work tree's simulator with the same client
//   BENCH_SIM_CPU_PROFILE=<dir> profiles the simulator
import { loadavg } from 'node:os'
import { startFleetChild } from './sim-fleet-child'
import { sendPlainPerson } from './plain-person'
import { BenchClient, drive } from './simulator-harness'
import { face60k } from './synthetic-face'

const argOf = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const persons = argOf('persons', 2000)
const withFaces = process.argv.includes('--faces')
const lanes = 2

const fleet = await startFleetChild(1, 0)
const faces = await Promise.all([0, 1, 2, 3].map(face60k))

async function run(count: number, firstNo: number): Promise<number> {
  const c = new BenchClient(fleet.records[0]!, lanes)
  await c.request('GET', '/ISAPI/System/deviceInfo')
  const result = await drive(count, lanes, async (i) => {
    const no = String(firstNo + i)
    const face = withFaces ? faces[(firstNo + i) % 4]! : null
    return sendPlainPerson(c, no, String(5_000_000 + firstNo + i), face)
  })
  await c.close()
  return result.failed
}

try {
  await run(200, 900_001) // warm-up (JIT), not counted
  const cpu0 = fleet.cpuMs()
  const failed = await run(persons, 1)
  const simCpuMs = fleet.cpuMs() - cpu0
  if (failed > 0) throw new Error(`${failed} persons failed`)
  const requests = persons * (withFaces ? 3 : 2)
  process.stdout.write(
    JSON.stringify({
      bench: 'simulator-cpu',
      simulator: process.env.BENCH_SIM_ROOT ?? 'this tree',
      persons,
      faces: withFaces,
      simulatorCpuMs: Math.round(simCpuMs),
      simulatorCpuMsPerRequest: Number((simCpuMs / requests).toFixed(3)),
      simulatorCpuMsPerPerson: Number((simCpuMs / persons).toFixed(3)),
      loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
    }) + '\n',
  )
} finally {
  fleet.stop()
}
