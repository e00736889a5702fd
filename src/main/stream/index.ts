// Live preview: frame sources (snapshot polling, RTSP through ffmpeg) shared per device.
export {
  snapshotPoller,
  nextDelay,
  backoffDelay,
  type SnapshotPollerOptions,
} from './snapshot-poller'
export {
  rtspSource,
  rtspFfmpegArgs,
  RtspPreviewError,
  type RtspSourceOptions,
  type RtspFailureReason,
} from './rtsp-source'
export { startRtspAuthProxy, type RtspAuthProxy, type RtspRefusal } from './rtsp-auth-proxy'
export { viewerHub, type ViewerHub } from './viewer-hub'
export { MjpegSplitter, jpegEnd } from './mjpeg-splitter'
export { rtspUrl, redactRtspUrl, type RtspTarget } from './rtsp-url'
export { findExecutable } from './find-executable'
export type { FrameSource, FirstOutcome } from './frame-source'
