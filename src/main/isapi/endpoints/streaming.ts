// Where a terminal's live video is: its streaming channels (GET /ISAPI/Streaming/channels,
// 101 main / 102 sub on camera models; 404 on models without streaming — S2) and the RTSP
// port among its protocols (GET /ISAPI/Security/adminAccesses; absent = no RTSP service).
import { int, list, obj, str } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

export interface StreamingChannel {
  id: number
  enabled: boolean
  /** Transports the channel offers, upper-case (RTSP, HTTP …). */
  transports: string[]
  width?: number
  height?: number
}

const missing = (e: unknown) =>
  e instanceof IsapiError && (e.httpStatus === 404 || e.subStatusCode === 'notSupport')

/** The streaming channels; [] when the terminal has none (404 / notSupport). */
export async function streamingChannels(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<StreamingChannel[]> {
  let b
  try {
    b = await http.xmlDoc(
      'GET',
      '/ISAPI/Streaming/channels',
      'StreamingChannelList',
      undefined,
      undefined,
      o,
    )
  } catch (e) {
    if (missing(e)) return []
    throw e
  }
  return list(b.StreamingChannel).flatMap((x) => {
    const c = obj(x)
    const id = int(c.id)
    if (id === undefined) return []
    const transports = list(obj(obj(c.Transport).ControlProtocolList).ControlProtocol)
      .map((p) => str(obj(p).streamingTransport)?.toUpperCase())
      .filter((t): t is string => t !== undefined)
    const video = obj(c.Video)
    const width = int(video.videoResolutionWidth)
    const height = int(video.videoResolutionHeight)
    return [
      {
        id,
        enabled: str(c.enabled) !== 'false',
        transports,
        ...(width !== undefined ? { width } : {}),
        ...(height !== undefined ? { height } : {}),
      },
    ]
  })
}

/** The RTSP port the terminal lists, or null when it lists none (or cannot say). */
export async function rtspPort(http: IsapiHttp, o: CallOptions = {}): Promise<number | null> {
  let b
  try {
    b = await http.xmlDoc(
      'GET',
      '/ISAPI/Security/adminAccesses',
      'AdminAccessProtocolList',
      undefined,
      undefined,
      o,
    )
  } catch (e) {
    if (missing(e)) return null
    throw e
  }
  for (const x of list(b.AdminAccessProtocol)) {
    const p = obj(x)
    if (str(p.protocol)?.toUpperCase() !== 'RTSP' || str(p.enabled) === 'false') continue
    const port = int(p.portNo)
    if (port !== undefined && port > 0 && port < 65_536) return port
  }
  return null
}
