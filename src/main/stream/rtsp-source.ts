// RTSP preview of one terminal: ffmpeg decodes the stream (reached through the loopback auth
// relay, so its command line holds no password) to MJPEG at the preview rate. One attempt per
// start: any failure — refused credentials, a missing channel, an unreachable port, no frame
// for stallMs, ffmpeg ending — stops it and is reported once with its reason, so that the
// caller can fall back to snapshots (and a wrong password is never tried again by itself).
import { spawn, type ChildProcess } from 'node:child_process'
import type { FirstOutcome, FrameSource } from './frame-source'
import { MjpegSplitter } from './mjpeg-splitter'
import { startRtspAuthProxy, type RtspAuthProxy, type RtspRefusal } from './rtsp-auth-proxy'

export type RtspFailureReason =
  'auth' | 'no-channel' | 'unreachable' | 'ended' | 'stalled' | 'ffmpeg-ended'

export class RtspPreviewError extends Error {
  constructor(
    readonly reason: RtspFailureReason,
    message: string,
  ) {
    super(message)
    this.name = 'RtspPreviewError'
  }
}

export interface RtspSourceOptions {
  ffmpegPath: string
  host: string
  port: number
  username: string
  password: string
  /** Path on the terminal, e.g. /Streaming/Channels/102. */
  path: string
  fps: number
  onFrame(jpeg: Buffer, at: Date): void
  /** Called once when the stream fails after its first frame (the source has stopped). */
  onFailure(error: RtspPreviewError): void
  /** No frame for this long (after the first, or before it beyond firstFrameMs) = stalled. */
  stallMs?: number
  /** Time allowed for connecting, probing and the first picture. Default 15 s. */
  firstFrameMs?: number
  /** Sees each ffmpeg started (tests: pid, process list). */
  onSpawn?(child: ChildProcess): void
}

export function rtspFfmpegArgs(url: string, fps: number): string[] {
  return [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin'],
    ...['-rtsp_transport', 'tcp', '-analyzeduration', '1000000', '-probesize', '500000'],
    ...['-fflags', 'nobuffer', '-i', url],
    ...['-an', '-vf', `fps=${fps}`, '-f', 'image2pipe', '-c:v', 'mjpeg', '-q:v', '5', 'pipe:1'],
  ]
}

function refusalError(r: RtspRefusal): RtspPreviewError {
  switch (r.kind) {
    case 'auth':
      return new RtspPreviewError('auth', 'the terminal refused the RTSP credentials')
    case 'not-found':
      return new RtspPreviewError('no-channel', `the terminal has no such stream (${r.status})`)
    case 'refused':
      return new RtspPreviewError('no-channel', `the terminal refused the stream (${r.status})`)
    case 'unreachable':
      return new RtspPreviewError('unreachable', `RTSP port unreachable: ${r.message}`)
    case 'ended':
      return new RtspPreviewError('ended', 'the terminal ended the stream')
  }
}

export function rtspSource(o: RtspSourceOptions): FrameSource {
  let proxy: RtspAuthProxy | null = null
  let child: ChildProcess | null = null
  let watchdog: NodeJS.Timeout | null = null
  let stopping = false
  let ended: Promise<void> = Promise.resolve()

  const cleanup = async () => {
    if (watchdog) clearTimeout(watchdog)
    watchdog = null
    const proc = child
    child = null
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      const gone = new Promise<void>((r) => proc.once('close', () => r()))
      proc.kill('SIGKILL')
      await gone
    }
    await proxy?.close()
    proxy = null
  }

  return {
    async start(): Promise<FirstOutcome> {
      stopping = false
      const relay = await startRtspAuthProxy(o)
      if (stopping) {
        await relay.close()
        return { ok: true }
      }
      proxy = relay
      const proc = spawn(o.ffmpegPath, rtspFfmpegArgs(relay.url(o.path), o.fps), {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child = proc
      o.onSpawn?.(proc)
      return new Promise<FirstOutcome>((resolve) => {
        let first = true
        let failed = false
        let stderr = ''
        const fail = (error: RtspPreviewError) => {
          if (failed) return
          failed = true
          if (stopping) {
            // stopped before the first picture: the start ends quietly
            if (first) resolve({ ok: true })
            first = false
            return
          }
          ended = cleanup()
          if (first) resolve({ ok: false, error })
          else o.onFailure(error)
          first = false
        }
        const arm = (ms: number) => {
          if (watchdog) clearTimeout(watchdog)
          watchdog = setTimeout(
            () =>
              fail(
                relay.refusal
                  ? refusalError(relay.refusal)
                  : new RtspPreviewError('stalled', `no picture for ${Math.round(ms / 1000)} s`),
              ),
            ms,
          )
        }
        arm(o.firstFrameMs ?? 15_000)
        const splitter = new MjpegSplitter()
        proc.stdout!.on('data', (chunk: Buffer) => {
          for (const jpeg of splitter.push(chunk)) {
            if (failed || stopping) return
            arm(o.stallMs ?? 5000)
            if (first) {
              first = false
              resolve({ ok: true })
            }
            try {
              o.onFrame(jpeg, new Date())
            } catch {
              // a listener's failure must not end the preview
            }
          }
        })
        proc.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-500)))
        proc.once('error', (e) => fail(new RtspPreviewError('ffmpeg-ended', e.message)))
        proc.once('close', (code, signal) => {
          const last = stderr.trim().split('\n').pop() ?? ''
          fail(
            relay.refusal
              ? refusalError(relay.refusal)
              : new RtspPreviewError(
                  'ffmpeg-ended',
                  `ffmpeg ended (${signal ?? `exit ${code}`})${last ? `: ${last}` : ''}`,
                ),
          )
        })
      })
    },
    async stop() {
      stopping = true
      await ended
      await cleanup()
    },
  }
}
