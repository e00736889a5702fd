// A station process for the crash test: adds one terminal, imports N persons with cards,
// starts an apply and reports progress on stdout until it is killed.
//   tsx test/helpers/apply-child.ts <dataDir> <host> <port> <username> <password> <persons>
import { testStation } from './station'
import { value as ok } from './result'

const [dataDir, host, port, username, password, count] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
]
const { station } = testStation({
  onDisk: true,
  dataDir,
  apply: { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } },
})
ok(
  await station.call('devices.add', {
    name: 'Crash',
    host,
    port: Number(port),
    protocol: 'http',
    username,
    password,
  }),
)
const rows = ['employeeNo,name,cards']
for (let i = 1; i <= Number(count); i++) rows.push(`${i},Person ${i},${700000 + i}`)
ok(await station.call('persons.import', { csv: rows.join('\n') }))
station.subscribe((event, payload) => {
  if (event === 'apply.progress')
    process.stdout.write(JSON.stringify((payload as { device: unknown }).device) + '\n')
})
const job = ok<{ id: string }>(await station.call('apply.start', {}))
process.stdout.write(JSON.stringify({ jobId: job.id }) + '\n')
