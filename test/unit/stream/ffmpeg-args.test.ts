import { describe, expect, it } from 'vitest'
import { rtspFfmpegArgs, findExecutable } from '../../../src/main/stream'

describe('ffmpeg for the RTSP preview', () => {
  it('asks ffmpeg for MJPEG on stdout at the preview rate', () => {
    const args = rtspFfmpegArgs('rtsp://x', 5)
    expect(args.slice(-7)).toEqual(['-f', 'image2pipe', '-c:v', 'mjpeg', '-q:v', '5', 'pipe:1'])
    expect(args).toEqual(
      expect.arrayContaining(['-i', 'rtsp://x', 'fps=5', 'image2pipe', 'mjpeg', 'pipe:1']),
    )
  })

  it('finds executables on PATH and reports absence', () => {
    expect(findExecutable('node', { PATH: process.env.PATH })).toMatch(/node$/)
    expect(findExecutable('ffmpeg', { PATH: '/nonexistent' })).toBeNull()
  })
})
