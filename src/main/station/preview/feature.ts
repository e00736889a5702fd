// Live preview of a terminal's camera. Each preview.start is one viewer and each preview.stop
// removes one; one source per terminal whatever the number of viewers, none when nobody
// watches. The terminal's capabilities decide the way: RTSP decoded by ffmpeg when it lists an
// RTSP stream (and ffmpeg is installed), snapshots otherwise. An RTSP stream that fails (wrong
// credentials, missing channel, unreachable, stalled, ffmpeg ended) falls back to snapshots at
// once, with the reason in a 'preview.status' event. A terminal that cannot preview at all
// (no camera, refused credentials) is answered at start; an unreachable one keeps being
// retried politely while someone watches.
import type { ChildProcess } from 'node:child_process'
import type { PreviewMode, PreviewReason, PreviewStarted } from '@shared/contract/preview'
import type { ErrorCode } from '@shared/result'
import {
  findExecutable,
  rtspSource,
  RtspPreviewError,
  snapshotPoller,
  viewerHub,
  type FirstOutcome,
  type FrameSource,
} from '../../stream'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { planPreview } from './preview-plan'

export interface PreviewOptions {
  /** auto (default): the terminal's streaming channels decide; snapshot: never RTSP. */
  mode?: 'auto' | 'snapshot'
  stream?: 'main' | 'sub'
  fps?: number
  findFfmpeg?: () => string | null
  /** RTSP: no picture for this long = stalled (default 5 s). */
  stallMs?: number
  /** RTSP: time for the first picture (default 15 s). */
  firstFrameMs?: number
  /** Sees each ffmpeg started (tests). */
  onSpawn?(child: ChildProcess): void
}

/** Failures that polling again cannot fix: the start is refused. */
const HOPELESS = new Set<ErrorCode>([
  'NOT_SUPPORTED',
  'AUTH_FAILED',
  'DEVICE_LOCKED',
  'PERMISSION_DENIED',
  'NOT_ACTIVATED',
  'CERT_CHANGED',
])

export function previewFeature(
  ctx: StationContext,
  devices: DeviceService,
  options: PreviewOptions = {},
): Feature {
  const fps = options.fps ?? 5
  const findFfmpeg = options.findFfmpeg ?? (() => findExecutable('ffmpeg'))
  const modes = new Map<string, { mode: PreviewMode; reason?: PreviewReason }>()

  const emit = (deviceId: string) => (jpeg: Buffer, at: Date) =>
    ctx.bus.emit('preview.frame', {
      deviceId,
      jpegBase64: jpeg.toString('base64'),
      at: at.toISOString(),
    })

  const setMode = (
    deviceId: string,
    mode: PreviewMode,
    reason?: PreviewReason,
    detail?: string,
  ) => {
    modes.set(deviceId, { mode, ...(reason ? { reason } : {}) })
    ctx.bus.emit('preview.status', {
      deviceId,
      mode,
      ...(reason ? { reason } : {}),
      ...(detail ? { detail } : {}),
    })
  }

  const snapshots = (deviceId: string): FrameSource =>
    snapshotPoller({
      fetchFrame: async (signal) =>
        (await devices.client(deviceId).system.snapshot(101, { signal })).data,
      onFrame: emit(deviceId),
      onError: (error) => devices.observe(deviceId, error),
      onRecovered: () => devices.observe(deviceId),
      intervalMs: Math.round(1000 / fps),
    })

  const hopeless = (deviceId: string, error: unknown) => {
    return HOPELESS.has(devices.mapError(error, devices.record(deviceId).name).code)
  }

  /** RTSP when the terminal offers it, snapshots otherwise or after an RTSP failure. */
  const sourceFor = (deviceId: string): FrameSource => {
    let current: FrameSource | null = null
    let stopped = false
    const fallBack = (error: RtspPreviewError): Promise<FirstOutcome> => {
      ctx.logger.warn('RTSP preview failed: snapshots instead', {
        deviceId,
        reason: error.reason,
        error: error.message,
      })
      setMode(deviceId, 'snapshot', error.reason, error.message)
      if (stopped) return Promise.resolve({ ok: true })
      current = snapshots(deviceId)
      return current.start()
    }
    return {
      async start() {
        const ffmpeg = options.mode === 'snapshot' ? null : findFfmpeg()
        let plan
        try {
          plan =
            options.mode === 'snapshot'
              ? ({ mode: 'snapshot' } as const)
              : await planPreview(devices.client(deviceId), options.stream ?? 'sub', ffmpeg)
        } catch (error) {
          if (hopeless(deviceId, error)) return { ok: false, error }
          plan = { mode: 'snapshot' } as const // offline or slow: the poller retries politely
        }
        if (stopped) return { ok: true }
        if (plan.mode === 'snapshot' || !ffmpeg) {
          setMode(deviceId, 'snapshot', plan.mode === 'snapshot' ? plan.reason : 'no-ffmpeg')
          current = snapshots(deviceId)
          return current.start()
        }
        const record = devices.record(deviceId)
        const rtsp = rtspSource({
          ffmpegPath: ffmpeg,
          host: record.host,
          port: plan.port,
          username: record.username,
          password: ctx.secrets.open(record.secretSealed),
          path: plan.path,
          fps,
          onFrame: emit(deviceId),
          onFailure: (error) => void fallBack(error),
          ...(options.stallMs ? { stallMs: options.stallMs } : {}),
          ...(options.firstFrameMs ? { firstFrameMs: options.firstFrameMs } : {}),
          ...(options.onSpawn ? { onSpawn: options.onSpawn } : {}),
        })
        current = rtsp
        const first = await rtsp.start()
        if (first.ok) {
          setMode(deviceId, 'rtsp')
          return first
        }
        const error =
          first.error instanceof RtspPreviewError
            ? first.error
            : new RtspPreviewError('ffmpeg-ended', String(first.error))
        return fallBack(error)
      },
      async stop() {
        stopped = true
        await current?.stop()
        modes.delete(deviceId)
      },
    }
  }
  const hub = viewerHub(sourceFor)

  const start = async (id: string): Promise<PreviewStarted> => {
    const record = devices.record(id) // NOT_FOUND for an unknown terminal
    const first = await hub.join(id)
    const mode = modes.get(id) ?? { mode: 'snapshot' as const }
    if (first.ok) return { fps, ...mode }
    const failure = devices.mapError(first.error, record.name)
    if (HOPELESS.has(failure.code)) {
      await hub.leave(id)
      throw failure
    }
    return { fps, ...mode } // offline or slow: frames follow when the terminal answers
  }

  return {
    handlers: {
      'preview.start': ({ id }) => start(id),
      'preview.stop': async ({ id }) => ({ stopped: await hub.leave(id) }),
    },
    close: () => hub.closeAll(),
  }
}
