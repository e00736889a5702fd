// Starts one simulated terminal in its own process (so a benchmark measures only client CPU)
// and prints its address as one JSON line; exits when stdin closes.
import { startFleet } from '../src/simulator/index'

const profile = (process.argv[2] ?? 'face-fp') as 'face-fp'
const fleet = await startFleet({ devices: 1, port: 0, profile })
const d = fleet.devices[0]!
process.stdout.write(
  `${JSON.stringify({ host: d.host, port: d.port, protocol: d.protocol, username: d.username, password: d.password, controlUrl: fleet.controlUrl })}\n`,
)
process.stdin.resume()
process.stdin.on('end', () => {
  void fleet.close().then(() => process.exit(0))
})
