// RTSP preview through an ffmpeg child process decoding to MJPEG on stdout. The process is
// restarted with backoff when it exits while viewers remain (camera reboot, network blip),
// and killed (TERM, then KILL after a grace period) when the last viewer leaves.
import { spawn, type ChildProcess } from 'node:child_process'
import { pause, type FirstOutcome, type FrameSource } from './frame-source'
import { MjpegSplitter } from './mjpeg-splitter'
import { redactRtspUrl } from './rtsp-url'
import { backoffDelay } from './snapshot-poller'

export interface FfmpegSourceOptions {
  ffmpegPath: string
  url: string
  fps?: number
  onFrame(jpeg: Buffer, at: Date): void
  onError?(error: Error, retryInMs: number): void
  /** First frame must arrive within this, else start() reports an error (and keeps trying). */
  firstFrameTimeoutMs?: number
  spawnProcess?: typeof spawn
}

export function ffmpegArgs(url: string, fps: number): string[] {
  return [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin'],
    ...['-rtsp_transport', 'tcp', '-i', url],
    ...['-an', '-vf', `fps=${fps}`, '-f', 'image2pipe', '-c:v', 'mjpeg', '-q:v', '5', 'pipe:1'],
  ]
}

export function ffmpegSource(o: FfmpegSourceOptions): FrameSource {
  const spawnProcess = o.spawnProcess ?? spawn
  let stopper: AbortController | null = null
  let child: ChildProcess | null = null
  let loop: Promise<void> | null = null

  /** Runs ffmpeg once; resolves with its failure when it ends. */
  const once = (onFrame: (jpeg: Buffer) => void) =>
    new Promise<Error>((resolve) => {
      const splitter = new MjpegSplitter()
      let stderr = ''
      const proc = spawnProcess(o.ffmpegPath, ffmpegArgs(o.url, o.fps ?? 5), {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child = proc
      proc.stdout?.on('data', (chunk: Buffer) => splitter.push(chunk).forEach(onFrame))
      proc.stderr?.on(
        'data',
        (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)),
      )
      proc.once('error', (error) => resolve(error))
      proc.once('close', (code, signal) => {
        const tail = redactRtspUrl(stderr.trim().split('\n').pop() ?? '')
        resolve(new Error(`ffmpeg ended (${signal ?? `exit ${code}`})${tail ? `: ${tail}` : ''}`))
      })
    })

  const run = async (signal: AbortSignal, first: (r: FirstOutcome) => void) => {
    let failures = 0
    const deliver = (jpeg: Buffer) => {
      if (signal.aborted) return
      failures = 0
      first({ ok: true })
      try {
        o.onFrame(jpeg, new Date())
      } catch {
        // a listener's failure must not end the preview
      }
    }
    while (!signal.aborted) {
      const error = await once(deliver)
      child = null
      if (signal.aborted) break
      failures++
      const wait = backoffDelay(failures, 1000, 30_000)
      first({ ok: false, error })
      o.onError?.(error, wait)
      await pause(wait, signal)
    }
  }

  return {
    start() {
      if (stopper) return Promise.resolve({ ok: true })
      const controller = new AbortController()
      stopper = controller
      return new Promise<FirstOutcome>((resolve) => {
        let settled = false
        const first = (r: FirstOutcome) => {
          if (!settled) resolve(r)
          settled = true
        }
        const timer = setTimeout(
          () => first({ ok: false, error: new Error('no frame from ffmpeg yet') }),
          o.firstFrameTimeoutMs ?? 10_000,
        )
        loop = run(controller.signal, first).finally(() => {
          clearTimeout(timer)
          first({ ok: true })
        })
      })
    },
    async stop() {
      stopper?.abort()
      stopper = null
      const proc = child
      if (proc && proc.exitCode === null && proc.signalCode === null) {
        const kill = setTimeout(() => proc.kill('SIGKILL'), 2000)
        proc.kill('SIGTERM')
        await loop
        clearTimeout(kill)
      } else await loop
      loop = null
    },
  }
}
