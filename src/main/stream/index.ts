// Live preview: frame sources (snapshot polling, RTSP through ffmpeg) shared per device.
export { snapshotPoller, nextDelay, backoffDelay } from './snapshot-poller'
export { rtspSource, rtspFfmpegArgs, RtspPreviewError } from './rtsp-source'
export { startRtspAuthProxy } from './rtsp-auth-proxy'
export { viewerHub } from './viewer-hub'
export { MjpegSplitter, jpegEnd } from './mjpeg-splitter'
export { findExecutable } from './find-executable'
export type { FrameSource, FirstOutcome } from './frame-source'
