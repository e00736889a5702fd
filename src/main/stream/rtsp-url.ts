// Hikvision RTSP: rtsp://user:pass@host:554/Streaming/Channels/<channel><01 main | 02 sub>.
export interface RtspTarget {
  host: string
  /** RTSP port of the device. Default 554. */
  port?: number
  username: string
  password: string
  /** Camera channel, 1-based. Default 1. */
  channel?: number
  /** main = full resolution, sub = the light stream. Default sub (previews are small). */
  stream?: 'main' | 'sub'
}

export function rtspUrl(t: RtspTarget): string {
  const channel = t.channel ?? 1
  if (!Number.isInteger(channel) || channel < 1 || channel > 99)
    throw new RangeError(`RTSP channel must be 1..99, not ${channel}`)
  const port = t.port ?? 554
  const host = t.host.includes(':') && !t.host.startsWith('[') ? `[${t.host}]` : t.host
  const id = channel * 100 + (t.stream === 'main' ? 1 : 2)
  const auth = `${encodeURIComponent(t.username)}:${encodeURIComponent(t.password)}@`
  return `rtsp://${auth}${host}:${port}/Streaming/Channels/${id}`
}

/** The URL without its password, for logs and messages. */
export function redactRtspUrl(url: string): string {
  return url.replace(/^(rtsp:\/\/[^:@/]*):[^@/]*@/, '$1:***@')
}
