// Picture (21.13 video standard, 21.14 image adjustment and sharpness, 21.15 supplement light, 21.21 capture parameters), Voice (21.18 audio input, the
// terminal's loudspeaker volume) and Intercom (21.36 device ID): registry entries of the
// settings mechanism. Channel 1 is the terminal's own camera / microphone / loudspeaker.
import type { ResourceDef } from './resource-def'

const L = (en: string, zh: string) => ({ en, zh })
const CHANNEL = L('Channel', '通道')

export const TERMINAL_MEDIA_RESOURCES: readonly ResourceDef[] = [
  {
    id: 'powerLineFrequency',
    guide: '21.13',
    group: 'picture',
    label: L('Video standard', '视频制式'),
    format: 'xml',
    path: '/ISAPI/Image/channels/1/powerLineFrequency',
    capsPath: '/ISAPI/Image/channels/1/powerLineFrequency/capabilities',
    fields: {
      powerLineFrequencyMode: {
        label: L('Mains frequency', '电源频率'),
        optionLabels: {
          '50hz': L('50 Hz (PAL)', '50 Hz（PAL）'),
          '60hz': L('60 Hz (NTSC)', '60 Hz（NTSC）'),
        },
      },
    },
  },
  {
    id: 'Color',
    guide: '21.14',
    group: 'picture',
    label: L('Image adjustment', '图像调节'),
    format: 'xml',
    path: '/ISAPI/Image/channels/1/color',
    capsPath: '/ISAPI/Image/channels/1/color/capabilities',
    fields: {
      brightnessLevel: { label: L('Brightness', '亮度'), type: 'number' },
      contrastLevel: { label: L('Contrast', '对比度'), type: 'number' },
      saturationLevel: { label: L('Saturation', '饱和度'), type: 'number' },
    },
  },
  {
    id: 'Sharpness',
    guide: '21.14.3',
    group: 'picture',
    label: L('Sharpness', '锐度'),
    format: 'xml',
    path: '/ISAPI/Image/channels/1/sharpness',
    capsPath: '/ISAPI/Image/channels/1/sharpness/capabilities',
    fields: { SharpnessLevel: { label: L('Sharpness', '锐度'), type: 'number' } },
  },
  {
    id: 'SupplementLight',
    guide: '21.15',
    group: 'picture',
    label: L('Supplement light', '补光灯'),
    format: 'xml',
    path: '/ISAPI/Image/channels/1/supplementLight',
    capsPath: '/ISAPI/Image/channels/1/supplementLight/capabilities',
    fields: {
      mode: {
        label: L('Light', '补光'),
        optionLabels: {
          on: L('On', '开'),
          off: L('Off', '关'),
          auto: L('Automatic', '自动'),
        },
      },
      brightnessLimit: { label: L('Brightness limit (%)', '亮度上限（%）'), type: 'number' },
    },
  },
  {
    id: 'SnapConfig',
    guide: '21.21',
    group: 'picture',
    label: L('Capture on access', '认证抓拍参数'),
    format: 'xml',
    path: '/ISAPI/AccessControl/SnapConfig',
    capsPath: '/ISAPI/AccessControl/SnapConfig/capabilities',
    fields: {
      snapTimes: { label: L('Pictures per access', '每次抓拍张数'), type: 'number' },
      snapWaitTime: {
        label: L('Wait before capture (ms)', '抓拍等待时间（毫秒）'),
        type: 'number',
      },
      'JPEGParam.pictureQuality': {
        label: L('Picture quality', '图片质量'),
        optionLabels: {
          best: L('Best', '最好'),
          better: L('Better', '较好'),
          general: L('General', '一般'),
        },
      },
      'JPEGParam.pictureSize': {
        label: L('Picture size', '图片尺寸'),
        optionLabels: { '0xff': L('Automatic', '自动') },
      },
    },
  },
  {
    id: 'AudioOut',
    guide: '21.18',
    group: 'voice',
    label: L('Loudspeaker', '扬声器'),
    format: 'xml',
    path: '/ISAPI/System/Audio/AudioOut/channels/1',
    capsPath: '/ISAPI/System/Audio/AudioOut/channels/1/capabilities',
    fields: {
      'AudioOutVolumelist.AudioOutVlome.volume': {
        label: L('Prompt volume', '提示音量'),
        type: 'number',
      },
      'AudioOutVolumelist.AudioOutVlome.talkVolume': {
        label: L('Talk volume', '对讲音量'),
        type: 'number',
      },
      'AudioOutVolumelist.AudioOutVlome.type': { label: L('Output', '输出类型'), readOnly: true },
      id: { label: CHANNEL, readOnly: true },
    },
  },
  {
    id: 'AudioIn',
    guide: '21.18.4',
    group: 'voice',
    label: L('Microphone', '麦克风'),
    format: 'xml',
    path: '/ISAPI/System/Audio/AudioIn/channels/1',
    capsPath: '/ISAPI/System/Audio/AudioIn/channels/1/capabilities',
    fields: {
      'AudioInVolumelist.AudioInVlome.volume': {
        label: L('Input volume', '输入音量'),
        type: 'number',
      },
      'AudioInVolumelist.AudioInVlome.type': { label: L('Input', '输入类型'), readOnly: true },
      id: { label: CHANNEL, readOnly: true },
    },
  },
  {
    id: 'DeviceId',
    guide: '21.36',
    group: 'intercom',
    label: L('Intercom device number', '对讲设备编号'),
    format: 'xml',
    path: '/ISAPI/VideoIntercom/deviceId',
    capsPath: '/ISAPI/VideoIntercom/deviceId/capabilities',
    fields: {
      unitType: {
        label: L('Device role', '设备类型'),
        optionLabels: {
          outdoor: L('Door station', '门口机'),
          indoor: L('Indoor station', '室内机'),
          manage: L('Master station', '管理机'),
          villa: L('Villa door station', '别墅门口机'),
        },
      },
      periodNumber: { label: L('Community (phase) No.', '期号'), type: 'number' },
      buildingNumber: { label: L('Building No.', '楼号'), type: 'number' },
      unitNumber: { label: L('Unit No.', '单元号'), type: 'number' },
      floorNumber: { label: L('Floor No.', '层号'), type: 'number' },
      deviceIndex: { label: L('Device No.', '设备序号'), type: 'number' },
    },
  },
]
