// Live preview of a terminal's camera. Each preview.start is one viewer and each preview.stop
// removes one; the device is polled once whatever the number of viewers, and not at all when
// nobody watches. A terminal that cannot preview (no camera, refused credentials) is answered
// at start; an unreachable one keeps being retried politely while someone watches.
import { AppFailure, type ErrorCode } from '../../../shared/result'
import {
  ffmpegSource,
  findExecutable,
  rtspUrl,
  snapshotPoller,
  viewerHub,
  type FrameSource,
} from '../../stream'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'

export interface PreviewOptions {
  /** snapshot: poll /ISAPI/Streaming/channels/101/picture; rtsp: decode RTSP with ffmpeg. */
  mode?: 'snapshot' | 'rtsp'
  stream?: 'main' | 'sub'
  rtspPort?: number
  fps?: number
  findFfmpeg?: () => string | null
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
  const mode = options.mode ?? 'snapshot'
  const findFfmpeg = options.findFfmpeg ?? (() => findExecutable('ffmpeg'))

  const emit = (deviceId: string) => (jpeg: Buffer, at: Date) =>
    ctx.bus.emit('preview.frame', {
      deviceId,
      jpegBase64: jpeg.toString('base64'),
      at: at.toISOString(),
    })

  const sourceFor = (deviceId: string): FrameSource => {
    const onError = (error: unknown) => devices.observe(deviceId, error)
    if (mode === 'rtsp') {
      const record = devices.record(deviceId)
      return ffmpegSource({
        ffmpegPath: findFfmpeg() ?? 'ffmpeg',
        url: rtspUrl({
          host: record.host,
          ...(options.rtspPort ? { port: options.rtspPort } : {}),
          username: record.username,
          password: ctx.secrets.open(record.secretSealed),
          stream: options.stream ?? 'sub',
        }),
        fps,
        onFrame: emit(deviceId),
        onError: (error) =>
          ctx.logger.warn('RTSP preview interrupted', { deviceId, error: error.message }),
      })
    }
    return snapshotPoller({
      fetchFrame: async (signal) =>
        (await devices.client(deviceId).system.snapshot(101, { signal })).data,
      onFrame: emit(deviceId),
      onError,
      onRecovered: () => devices.observe(deviceId),
      intervalMs: Math.round(1000 / fps),
    })
  }
  const hub = viewerHub(sourceFor)

  const start = async (id: string): Promise<{ fps: number }> => {
    const record = devices.record(id) // NOT_FOUND for an unknown terminal
    if (mode === 'rtsp' && !findFfmpeg())
      throw new AppFailure(
        'NOT_SUPPORTED',
        'RTSP preview needs ffmpeg, which is not installed on this computer.',
        { mode },
      )
    const first = await hub.join(id)
    if (first.ok) return { fps }
    const failure = devices.mapError(first.error, record.name)
    if (failure instanceof AppFailure && HOPELESS.has(failure.code)) {
      await hub.leave(id)
      throw failure
    }
    return { fps } // offline or slow: frames follow when the terminal answers
  }

  return {
    handlers: {
      'preview.start': ({ id }) => start(id),
      'preview.stop': async ({ id }) => ({ stopped: await hub.leave(id) }),
    },
    close: () => hub.closeAll(),
  }
}
