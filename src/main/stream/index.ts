// Live preview: frame sources (snapshot polling, RTSP through ffmpeg) shared per device.
export {
  snapshotPoller,
  nextDelay,
  backoffDelay,
  type SnapshotPollerOptions,
} from './snapshot-poller'
export { ffmpegSource, ffmpegArgs, type FfmpegSourceOptions } from './ffmpeg-source'
export { viewerHub, type ViewerHub } from './viewer-hub'
export { MjpegSplitter, jpegEnd } from './mjpeg-splitter'
export { rtspUrl, redactRtspUrl, type RtspTarget } from './rtsp-url'
export { findExecutable } from './find-executable'
export type { FrameSource, FirstOutcome } from './frame-source'
