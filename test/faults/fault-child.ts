// A station process for the fault suite's SIGKILL scenario: on a fresh folder it adds the
// terminals, imports the roster and starts an apply; on a folder a killed run left behind it
// resumes what was left (the station does that by itself at start). It prints a line per
// progress event and `{"idle":true}` once no job is left to run.
//   tsx test/faults/fault-child.ts <dataDir> <persons> <terminals as JSON>
import type { ApplyJob, Device } from '../../src/shared/model'
import { testStation } from '../helpers/station'
import { FAST } from './fault-harness'
import { value as ok } from '../helpers/result'

const [dataDir, count, terminalsJson] = process.argv.slice(2) as [string, string, string]
const terminals = JSON.parse(terminalsJson) as {
  host: string
  port: number
  username: string
  password: string
}[]
const { station } = testStation({ onDisk: true, dataDir, apply: FAST, scheduled: false })
station.subscribe((event, payload) => {
  if (event === 'apply.progress')
    process.stdout.write(JSON.stringify((payload as { device: unknown }).device) + '\n')
})
if (ok<Device[]>(await station.call('devices.list', {})).length === 0) {
  for (const [i, d] of terminals.entries())
    ok(await station.call('devices.add', { name: `T${i}`, protocol: 'http', ...d }))
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= Number(count); i++) rows.push(`${i},Person ${i},${3_000_000 + i}`)
  ok(await station.call('persons.import', { csv: rows.join('\n') }))
  ok(await station.call('apply.start', {}))
}
const idle = setInterval(() => {
  void station.call('apply.list', { limit: 20 }).then((r) => {
    const jobs = ok<ApplyJob[]>(r)
    if (jobs.every((j) => !['running', 'planned', 'paused'].includes(j.state))) {
      process.stdout.write('{"idle":true}\n')
      clearInterval(idle)
    }
  })
}, 200)
