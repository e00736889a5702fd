// Read-only chapter-21 documents of a face terminal (protocol-config/07 §1.2, §3; 01 §3): the
// audio capability and audio channels (21.18.1–3: S2 answers AudioCap and an AudioChannelList),
// the image modes of the camera (21.14.6–7: ImageModeList, structure M), the image channel's
// capability, and the capability of one NTP server (21.3.7: the same description as
// ntpServers/capabilities, per server).
import { fail } from '../http/errors.js'
import { xml } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'

const MODES = ['standard', 'indoor', 'outdoor', 'dimLight'] as const
/** A recommendation per mode: brightness, contrast, sharpness, saturation (0–100). */
const RECOMMENDED: Record<(typeof MODES)[number], [number, number, number, number]> = {
  standard: [50, 50, 50, 50],
  indoor: [55, 50, 50, 45],
  outdoor: [45, 55, 60, 55],
  dimLight: [65, 45, 40, 40],
}

function imageModes(): XmlNode {
  return {
    ImageMode: MODES.map((type) => {
      const [b, c, s, sat] = RECOMMENDED[type]
      return {
        type,
        recommendation: {
          brightnessLevel: b,
          contrastLevel: c,
          sharpnessLevel: s,
          saturationLevel: sat,
        },
      }
    }),
  }
}

function channelOne(ctx: Ctx): void {
  if (ctx.params.id !== '1') fail('badParameters', 'id', 400)
}

/** The microphone volume the terminal uses (AudioIn, stored by config-docs.ts), 6 by default. */
function microphoneVolume(ctx: Ctx): number {
  const doc = ctx.dev.data.docs['AudioIn/0'] as
    { AudioInVolumelist?: { AudioInVlome?: { volume?: number | string } } } | undefined
  return Number(doc?.AudioInVolumelist?.AudioInVlome?.volume ?? 6)
}

const audioChannel = (ctx: Ctx): XmlNode => ({
  id: 1,
  enabled: true,
  audioMode: 'talkOrBroadcast',
  microphoneVolume: microphoneVolume(ctx),
})

export const guide1ReadRoutes: RouteDef[] = [
  {
    path: '/ISAPI/System/Audio/capabilities',
    format: 'xml',
    feature: 'face',
    GET: () => xml('AudioCap', { audioInputNums: 1, audioOutputNums: 1 }),
  },
  {
    path: '/ISAPI/System/Audio/channels',
    format: 'xml',
    feature: 'face',
    GET: (ctx) => xml('AudioChannelList', { AudioChannel: [audioChannel(ctx)] }),
  },
  {
    path: '/ISAPI/System/Audio/channels/:id',
    format: 'xml',
    feature: 'face',
    GET: (ctx) => {
      channelOne(ctx)
      return xml('AudioChannel', audioChannel(ctx))
    },
  },
  {
    path: '/ISAPI/Image/channels/imageModes',
    format: 'xml',
    feature: 'face',
    GET: () => xml('ImageModesList', { ImageModes: [{ id: 1, ImageModeList: imageModes() }] }),
  },
  {
    path: '/ISAPI/Image/channels/:id/imageModes',
    format: 'xml',
    feature: 'face',
    GET: (ctx) => {
      channelOne(ctx)
      return xml('ImageModeList', imageModes())
    },
  },
  {
    path: '/ISAPI/Image/channels/:id/capabilities',
    format: 'xml',
    feature: 'face',
    GET: (ctx) => {
      channelOne(ctx)
      return xml('ImageChannel', {
        id: 1,
        enabled: { '@opt': 'true,false' },
        isSupportImageModes: true,
        isSupportRestore: true,
      })
    },
  },
  {
    path: '/ISAPI/System/time/ntpServers/:id/capabilities',
    format: 'xml',
    GET: (ctx) => {
      if (ctx.params.id !== '1') fail('badParameters', 'id', 400)
      return xml('NTPServer', {
        id: { '@min': 1, '@max': 1 },
        addressingFormatType: { '@opt': 'ipaddress,hostname' },
        hostName: { '@min': 0, '@max': 64 },
        ipAddress: { '@min': 0, '@max': 32 },
        portNo: { '@min': 1, '@max': 65535 },
        synchronizeInterval: { '@min': 1, '@max': 10080 },
      })
    },
  },
]
