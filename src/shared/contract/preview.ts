// Live preview: how a terminal's picture reaches the station, and why it changed.

/** rtsp: H.264 decoded by ffmpeg; snapshot: JPEG pictures polled over ISAPI. */
export type PreviewMode = 'rtsp' | 'snapshot'

/**
 * Why the preview uses snapshots: the terminal lists no RTSP stream (no-stream), ffmpeg is not
 * installed (no-ffmpeg), or RTSP failed — refused credentials (auth), the channel is missing
 * (no-channel), the RTSP port does not answer (unreachable), the terminal ended the stream
 * (ended: reboot, offline), no picture came for a while
 * (stalled), ffmpeg ended (ffmpeg-ended).
 */
export const PREVIEW_REASONS = [
  'no-stream',
  'no-ffmpeg',
  'auth',
  'no-channel',
  'unreachable',
  'ended',
  'stalled',
  'ffmpeg-ended',
] as const
export type PreviewReason = (typeof PREVIEW_REASONS)[number]

export interface PreviewStarted {
  fps: number
  mode: PreviewMode
  /** Set when mode is snapshot although RTSP was wanted. */
  reason?: PreviewReason
}

/** The 'preview.status' event: the mode of a terminal's preview changed (RTSP → snapshots). */
export interface PreviewStatusEvent {
  deviceId: string
  mode: PreviewMode
  reason?: PreviewReason
  /** Technical detail (never a password). */
  detail?: string
}
