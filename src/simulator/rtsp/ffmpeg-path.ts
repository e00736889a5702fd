// The simulator's encoder is ffmpeg from PATH (or SIM_FFMPEG); without it the terminals serve
// no RTSP and say so in their adminAccesses (no RTSP entry), like a model without streaming.
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

export function simulatorFfmpeg(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.SIM_FFMPEG
    ? [env.SIM_FFMPEG]
    : (env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((d) => join(d, process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg'))
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK)
      return c
    } catch {
      // next
    }
  }
  return null
}
