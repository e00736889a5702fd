// A face terminal's picture, voice and intercom settings served as stored documents
// (protocol-config/04 §8, 07 §1, §2, §3, §8): video standard, image adjustment, sharpness,
// supplement light (terminal form, channel 1 = white
// light), capture triggering, audio output / input volume (the vendor's `Vlome` spelling kept),
// the video intercom device ID. XML, validated against the capabilities published here.
import { opt, range } from './doc-spec.js'
import type { DocSpec } from './doc-spec.js'

const LEVEL = range(0, 100)

export const terminalMediaDocs: DocSpec[] = [
  // image sub-resources of channel 1 (07 §1.2; the nodes of S2's ImageChannel)
  {
    path: '/ISAPI/Image/channels/1/powerLineFrequency',
    format: 'xml',
    root: 'powerLineFrequency',
    feature: 'face',
    defaults: () => ({ powerLineFrequencyMode: '50hz' }),
    caps: () => ({ powerLineFrequencyMode: opt('50hz,60hz') }),
  },
  {
    path: '/ISAPI/Image/channels/1/color',
    format: 'xml',
    root: 'Color',
    feature: 'face',
    defaults: () => ({ brightnessLevel: 50, contrastLevel: 50, saturationLevel: 50 }),
    caps: () => ({ brightnessLevel: LEVEL, contrastLevel: LEVEL, saturationLevel: LEVEL }),
  },
  {
    path: '/ISAPI/Image/channels/1/sharpness',
    format: 'xml',
    root: 'Sharpness',
    feature: 'face',
    defaults: () => ({ SharpnessLevel: 50 }),
    caps: () => ({ SharpnessLevel: LEVEL }),
  },
  {
    path: '/ISAPI/Image/channels/1/supplementLight',
    format: 'xml',
    root: 'SupplementLight',
    feature: 'face',
    defaults: () => ({ mode: 'off', brightnessLimit: 50 }),
    caps: () => ({ mode: opt('on,off,auto'), brightnessLimit: range(0, 100) }),
  },
  {
    path: '/ISAPI/AccessControl/SnapConfig',
    format: 'xml',
    root: 'SnapConfig',
    defaults: () => ({
      snapTimes: 1,
      snapWaitTime: 0,
      JPEGParam: { pictureSize: '0xff', pictureQuality: 'better' },
    }),
    caps: () => ({
      snapTimes: range(0, 5),
      snapWaitTime: range(0, 6000),
      JPEGParam: {
        pictureSize: opt('0xff,5,6,9,163,167'),
        pictureQuality: opt('best,better,general'),
      },
    }),
  },
  {
    path: '/ISAPI/System/Audio/AudioOut/channels/1',
    format: 'xml',
    root: 'AudioOut',
    feature: 'face',
    defaults: () => ({
      id: 1,
      AudioOutVolumelist: { AudioOutVlome: { type: 'audioOutput', volume: 5, talkVolume: 5 } },
    }),
    caps: () => ({
      AudioOutVolumelist: { AudioOutVlome: { volume: range(0, 10), talkVolume: range(0, 10) } },
    }),
  },
  {
    path: '/ISAPI/System/Audio/AudioIn/channels/1',
    format: 'xml',
    root: 'AudioIn',
    feature: 'face',
    defaults: () => ({
      id: 1,
      AudioInVolumelist: { AudioInVlome: { type: 'audioInput', volume: 6 } },
    }),
    caps: () => ({ AudioInVolumelist: { AudioInVlome: { volume: range(0, 10) } } }),
  },
  {
    path: '/ISAPI/VideoIntercom/deviceId',
    format: 'xml',
    root: 'DeviceId',
    feature: 'face',
    defaults: () => ({
      unitType: 'outdoor',
      periodNumber: 1,
      buildingNumber: 1,
      unitNumber: 1,
      floorNumber: 1,
      deviceIndex: 1,
    }),
    caps: () => ({
      unitType: opt('outdoor,indoor,manage,villa'),
      periodNumber: range(0, 9),
      buildingNumber: range(0, 999),
      unitNumber: range(0, 99),
      floorNumber: range(-10, 999),
      deviceIndex: range(0, 99),
    }),
  },
]
