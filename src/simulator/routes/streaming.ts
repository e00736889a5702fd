// What a client needs to find the camera streams: the streaming channels (101 main, 102 sub,
// as the DS-K1T342MWX lists them) and the ports of the protocols (RTSP among them when the
// terminal serves it). Models without a camera answer 404 to the list (S2).
import type { RouteDef } from '../http/route.js'
import { xml } from '../http/respond.js'
import { CAMERA_CHANNELS } from '../rtsp/rtsp-server.js'

export const streamingRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Streaming/channels',
    format: 'xml',
    feature: 'snapshot',
    GET: () =>
      xml('StreamingChannelList', {
        StreamingChannel: CAMERA_CHANNELS.map((c) => ({
          id: c.id,
          channelName: 'Camera 01',
          enabled: true,
          Transport: {
            ControlProtocolList: { ControlProtocol: [{ streamingTransport: 'RTSP' }] },
          },
          Video: {
            enabled: true,
            videoInputChannelID: 1,
            videoCodecType: 'H.264',
            videoResolutionWidth: c.width,
            videoResolutionHeight: c.height,
            maxFrameRate: c.fps * 100,
          },
        })),
      }),
  },
  {
    path: '/ISAPI/Security/adminAccesses',
    format: 'xml',
    GET: (ctx) =>
      xml('AdminAccessProtocolList', {
        AdminAccessProtocol: [
          {
            id: 1,
            enabled: true,
            protocol: ctx.dev.opts.protocol.toUpperCase(),
            portNo: ctx.dev.port,
          },
          { id: 2, protocol: 'DEV_MANAGE', portNo: 8000 },
          ...(ctx.dev.rtspPort > 0
            ? [{ id: 3, enabled: true, protocol: 'RTSP', portNo: ctx.dev.rtspPort }]
            : []),
        ],
      }),
  },
]
