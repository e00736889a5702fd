// `persons duplicates --faces [--device T] [--min-similarity 0.9]`: before listing, a face
// terminal that offers search by picture compares the roster's faces (persons.checkFaces).
import type { FaceCheckReport } from '@shared/contract/face-check'
import { flag, need, UsageError, type CliContext } from './context'
import { resolveDevice } from './devices'

function minSimilarity(cli: CliContext): number {
  const text = flag(cli, 'min-similarity')
  if (text === undefined) return 0.9
  const v = Number(text)
  if (!Number.isFinite(v) || v < 0.5 || v > 1)
    throw new UsageError('--min-similarity is 0.5 to 1 (e.g. 0.9)')
  return v
}

/** The check's report (printed unless --json), or null when it could not run. */
export async function checkFaces(cli: CliContext): Promise<FaceCheckReport | null> {
  const ref = flag(cli, 'device')
  const device = ref === undefined ? undefined : await resolveDevice(cli, ref)
  if (device === null) return null
  const report = need<FaceCheckReport>(
    cli,
    await cli.station.call('persons.checkFaces', {
      ...(device ? { deviceId: device.id } : {}),
      minSimilarity: minSimilarity(cli),
    }),
  )
  if (report && !cli.json) {
    cli.out(
      `${report.terminal} compared ${report.compared} roster faces with each other: ` +
        `${report.found} pairs alike at ${Math.round(report.minSimilarity * 100)}% or more.`,
    )
    for (const r of report.refused)
      cli.out(`  not compared: ${r.employeeNo} ${r.name} (terminal said ${r.reason})`)
  }
  return report
}
