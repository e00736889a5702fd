// Pictures served with digest auth: enrolled faces (/LOCALS/pic/enrlFace/…), event and capture
// pictures (/LOCALS/pic/acsLinkCap/…, /LOCALS/capture/…), and the camera snapshot.
import { binary, htmlNotFound, xml } from '../http/respond.js'
import type { RouteDef } from '../http/route.js'
import { renderSceneJpeg } from '../media/scene.js'
import { syntheticFace, syntheticSnapshot } from '../media/synth.js'

export const mediaRoutes: RouteDef[] = [
  {
    path: '/LOCALS/*',
    format: 'binary',
    GET: (ctx) => {
      const key = ctx.url
      const m = /^\/LOCALS\/pic\/enrlFace\/\d+\/(\d{10})\.jpg/.exec(key)
      if (m) {
        const id = Number(m[1])
        for (const f of ctx.dev.data.faces.values()) if (f.picId === id) return binary(f.jpeg)
        return htmlNotFound()
      }
      const pic = ctx.dev.pictures.get(key)
      return pic ? binary(pic) : htmlNotFound()
    },
  },
  {
    path: '/ISAPI/Streaming/channels/101/picture',
    format: 'xml',
    feature: 'snapshot',
    GET: async (ctx) => {
      const at = new Date(ctx.dev.now())
      const inFront = ctx.dev.capture.faceInFront()
      if (!inFront) return binary(await syntheticSnapshot(ctx.dev.name, at))
      // the person in front of the terminal, as in its RTSP video
      const face = inFront.jpeg ?? (await syntheticFace(ctx.dev.index + 1))
      const scene = { label: ctx.dev.name, at, frame: Math.floor(at.getTime() / 200), face }
      return binary(await renderSceneJpeg({ width: 640, height: 360 }, scene))
    },
  },
  {
    path: '/ISAPI/Streaming/channels/101',
    format: 'xml',
    feature: 'snapshot',
    GET: () =>
      xml('StreamingChannel', {
        id: 101,
        channelName: 'Camera 01',
        enabled: true,
        Transport: {
          ControlProtocolList: {
            ControlProtocol: [{ streamingTransport: 'RTSP' }, { streamingTransport: 'HTTP' }],
          },
          Security: { enabled: true },
        },
        Video: {
          enabled: true,
          videoInputChannelID: 1,
          videoCodecType: 'H.264',
          videoScanType: 'progressive',
          videoResolutionWidth: 640,
          videoResolutionHeight: 360,
          videoQualityControlType: 'CBR',
          constantBitRate: 2048,
          fixedQuality: 60,
          vbrUpperCap: 2048,
          vbrLowerCap: 32,
          maxFrameRate: 2500,
          keyFrameInterval: 2000,
          snapShotImageType: 'JPEG',
          GovLength: 50,
        },
        Audio: { enabled: false, audioInputChannelID: 1, audioCompressionType: 'G.711ulaw' },
      }),
  },
]
