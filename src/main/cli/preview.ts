// preview D [--frames N] [--out FILE.jpg]: watches a terminal's camera the way the Enroll screen
// does (RTSP video when the terminal offers it, snapshots otherwise), says which and why, and
// keeps the last picture.
import { writeFileSync } from 'node:fs'
import type { PreviewStarted, PreviewStatusEvent } from '@shared/contract/preview'
import type { PreviewFrame } from '@shared/model'
import { flag, need, show, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

const REASONS: Record<string, string> = {
  'no-stream': 'the terminal lists no RTSP stream',
  'no-ffmpeg':
    'ffmpeg is not installed (apt-get install ffmpeg / brew install ffmpeg / winget install ffmpeg)',
  auth: 'the terminal refused the RTSP login',
  'no-channel': 'the terminal has no such video channel',
  unreachable: 'the RTSP port does not answer',
  ended: 'the terminal ended the stream',
  stalled: 'the video stopped coming',
  'ffmpeg-ended': 'the video decoder (ffmpeg) stopped',
}

const describe = (mode: string, reason?: string) =>
  mode === 'rtsp'
    ? 'live RTSP video'
    : `snapshots${reason ? ` (${REASONS[reason] ?? reason})` : ''}`

export const previewCommand: Command = async (cli) => {
  const device = await resolveDevice(cli, cli.args[0])
  if (!device) return 1
  const wanted = Number(flag(cli, 'frames') ?? 5)
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > 1000)
    throw new UsageError('--frames must be 1..1000')
  const frames: PreviewFrame[] = []
  const changes: PreviewStatusEvent[] = []
  let enough: () => void = () => {}
  const done = new Promise<void>((r) => (enough = r))
  const off = cli.station.subscribe((event, payload) => {
    if (event === 'preview.status') {
      const s = payload as PreviewStatusEvent
      if (s.deviceId !== device.id) return
      changes.push(s)
      if (!cli.json && s.reason) cli.err(`  now ${describe(s.mode, s.reason)}`)
    }
    if (event !== 'preview.frame') return
    const f = payload as PreviewFrame
    if (f.deviceId !== device.id) return
    frames.push(f)
    if (frames.length >= wanted) enough()
  })
  try {
    const started = need<PreviewStarted>(
      cli,
      await cli.station.call('preview.start', { id: device.id }),
    )
    if (!started) return 1
    if (!cli.json) cli.err(`Watching ${device.name}: ${describe(started.mode, started.reason)}…`)
    let timer: NodeJS.Timeout | undefined
    const timedOut = await Promise.race([
      done.then(() => false),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(true), 30_000))),
    ])
    clearTimeout(timer)
    await cli.station.call('preview.stop', { id: device.id })
    const last = frames.at(-1)
    const out = flag(cli, 'out')
    if (last && out) writeFileSync(out, Buffer.from(last.jpegBase64, 'base64'))
    const mode = changes.at(-1)?.mode ?? started.mode
    const reason = changes.at(-1)?.reason ?? started.reason
    const result = {
      mode,
      ...(reason ? { reason } : {}),
      frames: frames.length,
      lastFrameBytes: last ? Math.round((last.jpegBase64.length * 3) / 4) : 0,
      ...(last && out ? { out } : {}),
    }
    show(
      cli,
      result,
      () =>
        `${frames.length} frame(s) by ${describe(mode, reason)}${last && out ? `, last saved to ${out}` : ''}`,
    )
    if (timedOut && !cli.json) cli.err(`Only ${frames.length} of ${wanted} frames within 30 s.`)
    return timedOut ? 1 : 0
  } finally {
    off()
  }
}
