// `persons duplicates --faces [--device T] [--min-similarity 0.9]`: before listing, a face
// terminal that offers search by picture compares the roster's faces (persons.checkFaces). Its
// progress (n of N faces) goes to stderr; Ctrl-C cancels it, and the terminal's temporary
// library is removed before the command ends.
import type { FaceCheckProgressEvent, FaceCheckReport } from '@shared/contract/face-check'
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

/** Calls `stop` on Ctrl-C (or the test's interruption) until the returned function is called. */
function onInterrupt(cli: CliContext, stop: () => void): () => void {
  let listening = true
  if (cli.interrupted) {
    void cli.interrupted().then(() => listening && stop())
    return () => void (listening = false)
  }
  process.once('SIGINT', stop)
  return () => void process.off('SIGINT', stop)
}

/** About twenty progress lines whatever the roster's size, and the last one. */
const worthSaying = (p: FaceCheckProgressEvent): boolean =>
  p.done > 0 && (p.done === p.total || p.done % Math.max(1, Math.ceil(p.total / 20)) === 0)

/** The check's report (printed unless --json), or null when it could not run or was cancelled. */
export async function checkFaces(cli: CliContext): Promise<FaceCheckReport | null> {
  const ref = flag(cli, 'device')
  const device = ref === undefined ? undefined : await resolveDevice(cli, ref)
  if (device === null) return null
  const offProgress = cli.station.subscribe((event, payload) => {
    const p = payload as FaceCheckProgressEvent
    if (event !== 'faceCheck.progress' || !worthSaying(p)) return
    cli.err(`  ${p.terminal}: ${p.phase} ${p.done} of ${p.total} faces`)
  })
  const offInterrupt = onInterrupt(cli, () => {
    cli.err('Cancelling: the terminal’s temporary face library is being removed…')
    void cli.station.call('persons.cancelFaceCheck', {})
  })
  let report: FaceCheckReport | null
  try {
    report = need<FaceCheckReport>(
      cli,
      await cli.station.call('persons.checkFaces', {
        ...(device ? { deviceId: device.id } : {}),
        minSimilarity: minSimilarity(cli),
      }),
    )
  } finally {
    offInterrupt()
    offProgress()
  }
  if (report?.cancelled) {
    if (cli.json) cli.out(JSON.stringify(report))
    else
      cli.out(
        `Cancelled on ${report.terminal} (${report.compared} of ${report.total} faces compared); ` +
          'its temporary face library was removed. Nothing new is listed.',
      )
    return null
  }
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
