// The commissioning report for 50 terminals at 30 ms device latency (simulator latency on every
// request): every terminal read at report time (identity, clock, a 4-setting profile, holdings,
// persons listed, doors, listening host, last events), then the same as HTML and PDF.
// Target: ≤ 60 s for the whole report. Prints JSON.
//   npx tsx bench/report.ts [--terminals 50] [--latency 30]
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { silentLogger } from '../src/main/platform/logger'
import { keyFileSecretBox } from '../src/main/platform/secret-box'
import { createStation } from '../src/main/station'
import type { RenderedReport, SiteReport } from '../src/shared/contract/report'
import { startFleet } from '../src/simulator'
import { ControlClient } from '../src/simulator/control-client'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const terminals = Number(arg('terminals', '50'))
const latencyMs = Number(arg('latency', '30'))

const models = ['face-fp', 'face-lite', 'card-door'] as const
const fleet = await startFleet({
  devices: terminals,
  profile: Array.from({ length: terminals }, (_, i) => models[i % models.length]!),
})
const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-report-'))
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
  for (const [i, d] of fleet.devices.entries())
    must(
      await station.call('devices.add', {
        name: `T${i + 1}`,
        host: d.host,
        port: d.port,
        protocol: 'http',
        username: d.username,
        password: d.password,
        site: 'Bench site',
      }),
    )
  for (let n = 1; n <= 20; n++)
    must(await station.call('persons.save', { employeeNo: `${1000 + n}`, name: `Person ${n}` }))
  must(
    await station.call('profiles.save', {
      name: 'Bench',
      settings: [
        {
          resource: 'DoorParam',
          instance: 1,
          values: { openDuration: 6, magneticAlarmTimeout: 30 },
        },
        { resource: 'Time', instance: null, values: { timeZone: 'CST-8:00:00' } },
        { resource: 'AcsCfg', instance: null, values: { voicePrompt: true } },
      ],
    }),
  )
  must(
    await station.call('profiles.assign', {
      name: 'Bench',
      targets: [{ kind: 'site', value: 'Bench site' }],
    }),
  )
  const control = new ControlClient(fleet.controlUrl)
  for (const d of fleet.devices) await control.fault(d, { latencyMs })
  let t0 = performance.now()
  const report = must<SiteReport>(await station.call('report.build', {}))
  const buildMs = Math.round(performance.now() - t0)
  t0 = performance.now()
  must<RenderedReport>(await station.call('report.render', { format: 'html', lang: 'en' }))
  const htmlMs = Math.round(performance.now() - t0)
  t0 = performance.now()
  const pdf = must<RenderedReport>(
    await station.call('report.render', { format: 'pdf', lang: 'zh' }),
  )
  const pdfMs = Math.round(performance.now() - t0)
  console.log(
    JSON.stringify({
      bench: 'report',
      terminals,
      latencyMs,
      buildMs,
      htmlMs,
      pdfMs,
      pdfBytes: Buffer.from(pdf.content, 'base64').length,
      verified: report.terminals.filter((t) => t.verified).length,
      summary: report.summary,
      targetMs: 60_000,
      withinTarget: Math.max(buildMs, htmlMs, pdfMs) <= 60_000,
    }),
  )
} finally {
  await station.close()
  await fleet.close()
}
