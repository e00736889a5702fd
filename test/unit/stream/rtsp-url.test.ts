import { describe, expect, it } from 'vitest'
import { rtspFfmpegArgs, findExecutable, redactRtspUrl, rtspUrl } from '../../../src/main/stream'

describe('RTSP URL', () => {
  const base = { host: '192.168.1.64', username: 'admin', password: 'p@ss:w/rd' }

  it('builds main and sub streams of a channel, credentials escaped', () => {
    expect(rtspUrl({ ...base, stream: 'main' })).toBe(
      'rtsp://admin:p%40ss%3Aw%2Frd@192.168.1.64:554/Streaming/Channels/101',
    )
    expect(rtspUrl({ ...base, stream: 'sub', port: 8554, channel: 2 })).toBe(
      'rtsp://admin:p%40ss%3Aw%2Frd@192.168.1.64:8554/Streaming/Channels/202',
    )
    expect(rtspUrl(base)).toMatch(/\/Streaming\/Channels\/102$/)
  })

  it('brackets IPv6 hosts and refuses impossible channels', () => {
    expect(rtspUrl({ ...base, host: 'fe80::1' })).toContain('@[fe80::1]:554/')
    expect(() => rtspUrl({ ...base, channel: 0 })).toThrow(RangeError)
  })

  it('redacts the password for logs', () => {
    expect(redactRtspUrl(rtspUrl(base))).toBe(
      'rtsp://admin:***@192.168.1.64:554/Streaming/Channels/102',
    )
  })

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
