// Reading every configuration resource of one terminal at 30 ms device latency (simulator
// latency fault): config.list, then every document (each door / reader instance), then the
// documents with their capabilities as the Terminal page's forms load them. Target: ≤ 2 s for
// all documents. Prints JSON.
//   npx tsx bench/config-read.ts [--latency 30] [--profile face-fp|card-door]
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { silentLogger } from '../src/main/platform/logger'
import { keyFileSecretBox } from '../src/main/platform/secret-box'
import { createStation } from '../src/main/station'
import type { ConfigResourceInfo } from '../src/shared/contract/config'
import type { Device } from '../src/shared/model'
import { startFleet } from '../src/simulator'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const latencyMs = Number(arg('latency', '30'))
const profile = arg('profile', 'face-fp') as 'face-fp' | 'card-door'

const fleet = await startFleet({ devices: 1, profile })
const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-config-'))
const station = createStation({
  dataDir,
  secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
  clock: { now: () => new Date() },
  logger: silentLogger,
  bridge: 'test',
  version: 'bench',
  databaseFile: ':memory:',
  background: false,
})

const must = <T>(r: { ok: true; value: unknown } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value as T
}

try {
  const d = fleet.devices[0]!
  const device = must<Device>(
    await station.call('devices.add', {
      name: 'Bench',
      host: d.host,
      port: d.port,
      protocol: 'http',
      username: d.username,
      password: d.password,
    }),
  )
  await fleet.control.fault(0, { latencyMs })
  const deviceId = device.id

  let t = performance.now()
  const list = must<ConfigResourceInfo[]>(await station.call('config.list', { deviceId })).filter(
    (r) => r.offered,
  )
  const listMs = performance.now() - t

  const targets = list.flatMap((r) =>
    r.ids.length === 0
      ? [{ resource: r.id }]
      : r.ids.map((instance) => ({ resource: r.id, instance })),
  )
  t = performance.now()
  await Promise.all(
    targets.map(async (x) => must(await station.call('config.get', { deviceId, ...x }))),
  )
  const documentsMs = performance.now() - t

  t = performance.now()
  await Promise.all(
    targets.map(async (x) =>
      Promise.all([
        station.call('config.get', { deviceId, ...x }).then(must),
        station.call('config.caps', { deviceId, ...x }).then(must),
      ]),
    ),
  )
  const formsMs = performance.now() - t

  const round = (n: number) => Math.round(n)
  console.log(
    JSON.stringify({
      bench: 'config-read',
      profile,
      latencyMs,
      resources: list.length,
      documents: targets.length,
      listMs: round(listMs),
      documentsMs: round(documentsMs),
      listAndDocumentsMs: round(listMs + documentsMs),
      formsMs: round(formsMs),
      targetMs: 2000,
      withinTarget: listMs + documentsMs <= 2000,
    }),
  )
} finally {
  await station.close()
  await fleet.close()
}
