// Person SetUp throughput with digest auth against one simulated terminal (separate process,
// zero added latency). Prints JSON. Run: npx tsx bench/isapi-setup.ts [calls] [concurrency]
import { connect } from '../src/main/isapi/index'
import { startSimChild } from './isapi-child'

const calls = Number(process.argv[2] ?? 6000)
const concurrency = Number(process.argv[3] ?? 4)
const sim = await startSimChild('face-fp')
const c = connect({
  host: sim.host,
  port: sim.port,
  protocol: sim.protocol,
  username: sim.username,
  password: sim.password,
})
const person = (i: number) => ({
  employeeNo: `B${i % 2500}`,
  name: `Bench ${i}`,
  userType: 'normal',
  valid: {
    enable: true,
    beginTime: '2024-01-01T00:00:00',
    endTime: '2030-12-31T23:59:59',
    timeType: 'local',
  },
  doorRight: '1',
  rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
})
try {
  for (let i = 0; i < 200; i++) await c.persons.upsert(person(i)) // warm-up
  const challengesBefore = c.http.session.challenges
  let next = 0
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) await c.persons.upsert(person(next++))
    }),
  )
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const cpuMsPerCall = (cpu.user + cpu.system) / 1000 / calls
  console.log(
    JSON.stringify({
      bench: 'isapi-person-setup',
      calls,
      concurrency,
      callsPerSecond: Math.round((calls / ms) * 1000),
      clientCpuMsPerCall: Number(cpuMsPerCall.toFixed(4)),
      rechallenges: c.http.session.challenges - challengesBefore,
      refusedAttempts: c.http.session.refusedAttempts,
      learnedNonceUseLimit: c.http.session.nonceUseLimit,
      targets: { callsPerSecond: 1500, clientCpuMsPerCall: 0.3 },
    }),
  )
} finally {
  await c.close()
  await sim.stop()
}
