// Chapter-21 resources of the settings mechanism added for issue 12 (part 1): the log (syslog)
// server (21.4), all NTP servers as one list (21.3.2, 21.3.7, 21.3.8), the voice prompt texts
// (21.31), the audio channels (21.18.1–3), the camera's image modes (21.14.6–7) and the pages
// of the screen programme (21.37). Read-only documents (audio channels, image modes) have no
// editable field: their capability documents describe none of their leaves.
import type { ConfigLabel } from '@shared/contract/config'
import type { ResourceDef } from './resource-def'

const L = (en: string, zh: string): ConfigLabel => ({ en, zh })
const ADDRESSING = {
  ipaddress: L('IP address', 'IP 地址'),
  hostname: L('Host name', '域名'),
}
const PROGRAM = '/ISAPI/Publish/ProgramMgr/program/1/page'
const voiceList = (en: string, zh: string): ConfigLabel =>
  L(
    `${en} (JSON list: TimeSegment {beginTime, endTime}, text)`,
    `${zh}（JSON 列表：TimeSegment {beginTime, endTime}、text）`,
  )

export const GUIDE1_RESOURCES: readonly ResourceDef[] = [
  {
    id: 'LogServer',
    guide: '21.4.2',
    group: 'network',
    label: L('Log server (syslog)', '日志服务器（syslog）'),
    format: 'xml',
    path: '/ISAPI/System/logServer',
    capsPath: '/ISAPI/System/logServer/capabilities',
    fields: {
      enabled: { label: L('Send the log', '上传日志') },
      addressingFormatType: { label: L('Address type', '地址类型'), optionLabels: ADDRESSING },
      ipAddress: { label: L('Server IP address', '服务器 IP 地址'), type: 'string' },
      hostName: { label: L('Server host name', '服务器域名'), type: 'string' },
      portNo: { label: L('Server port', '服务器端口'), type: 'number' },
      transmissionProtocol: {
        label: L('Transport', '传输协议'),
        optionLabels: {
          UDP: L('UDP', 'UDP'),
          TCP: L('TCP', 'TCP'),
          TLS: L('TLS (encrypted)', 'TLS（加密）'),
        },
      },
    },
  },
  {
    id: 'NTPServerList',
    guide: '21.3.8',
    group: 'time',
    label: L('All NTP servers', '全部 NTP 服务器'),
    format: 'xml',
    path: '/ISAPI/System/time/ntpServers',
    capsPath: '/ISAPI/System/time/ntpServers/{id}/capabilities',
    capsItem: 'NTPServer',
    flag: { doc: 'system', key: 'SysCap.NetworkCap.isSupportNtp' },
    fields: {
      NTPServer: {
        label: L(
          'Servers (JSON list: id, addressingFormatType, hostName / ipAddress, portNo, synchronizeInterval)',
          '服务器（JSON 列表：id、addressingFormatType、hostName / ipAddress、portNo、synchronizeInterval）',
        ),
        jsonList: true,
      },
    },
  },
  {
    id: 'TTSText',
    guide: '21.31.1',
    group: 'voice',
    label: L('Voice prompt texts', '语音提示文本'),
    format: 'json',
    path: '/ISAPI/AccessControl/Verification/ttsText',
    capsPath: '/ISAPI/AccessControl/Verification/ttsText/capabilities',
    fields: {
      enable: { label: L('Speak these texts', '播报自定义文本') },
      prefix: {
        label: L('Before the text', '文本前缀'),
        optionLabels: { name: L('The person’s name', '人员姓名'), none: L('Nothing', '无') },
      },
      Success: { label: voiceList('Said on success', '认证成功时播报'), jsonList: true },
      Failure: { label: voiceList('Said on failure', '认证失败时播报'), jsonList: true },
    },
  },
  {
    id: 'AudioChannel',
    readOnly: true,
    guide: '21.18.2',
    group: 'voice',
    label: L('Audio channel', '音频通道'),
    format: 'xml',
    path: '/ISAPI/System/Audio/channels/1',
    capsPath: '/ISAPI/System/Audio/capabilities',
    fields: {
      id: { label: L('Channel', '通道') },
      enabled: { label: L('Enabled', '启用') },
      audioMode: { label: L('Mode', '模式') },
      microphoneVolume: { label: L('Microphone volume', '麦克风音量') },
    },
  },
  {
    id: 'AudioChannelList',
    readOnly: true,
    guide: '21.18.1',
    group: 'voice',
    label: L('All audio channels', '全部音频通道'),
    format: 'xml',
    path: '/ISAPI/System/Audio/channels',
    capsPath: '/ISAPI/System/Audio/capabilities',
    fields: {
      // one channel reads as its fields, several as a list
      'AudioChannel.id': { label: L('Channel', '通道') },
      'AudioChannel.enabled': { label: L('Enabled', '启用') },
      'AudioChannel.audioMode': { label: L('Mode', '模式') },
      'AudioChannel.microphoneVolume': { label: L('Microphone volume', '麦克风音量') },
      AudioChannel: { label: L('Channels', '通道') },
    },
  },
  {
    id: 'ImageModeList',
    readOnly: true,
    guide: '21.14.7',
    group: 'picture',
    label: L('Image modes (recommended values)', '图像模式（推荐值）'),
    format: 'xml',
    path: '/ISAPI/Image/channels/1/imageModes',
    capsPath: '/ISAPI/Image/channels/1/capabilities',
    fields: { ImageMode: { label: L('Modes', '模式') } },
  },
  {
    id: 'ImageModesList',
    readOnly: true,
    guide: '21.14.6',
    group: 'picture',
    label: L('Image modes of every channel', '全部通道的图像模式'),
    format: 'xml',
    path: '/ISAPI/Image/channels/imageModes',
    capsPath: '/ISAPI/Image/channels/1/capabilities',
    fields: {
      'ImageModes.id': { label: L('Channel', '通道') },
      'ImageModes.ImageModeList.ImageMode': { label: L('Modes', '模式') },
      ImageModes: { label: L('Channels', '通道') },
    },
  },
  {
    id: 'Page',
    guide: '21.37.1',
    group: 'screen',
    label: L('Screen programme pages', '屏幕节目页面'),
    format: 'xml',
    path: `${PROGRAM}/{id}`,
    capsPath: `${PROGRAM}/capabilities`,
    instances: {
      kind: 'instance',
      capsPath: `${PROGRAM}/capabilities`,
      format: 'xml',
      field: 'id',
    },
    fields: {
      id: { label: L('Page', '页面'), readOnly: true },
      programName: { label: L('Programme', '节目名称'), type: 'string' },
      programType: {
        label: L('Programme type', '节目类型'),
        optionLabels: {
          normal: L('Normal', '普通'),
          screensaver: L('Screen saver', '屏保'),
        },
      },
      'PageBasicInfo.pageName': { label: L('Page name', '页面名称'), type: 'string' },
      'PageBasicInfo.playDurationMode': {
        label: L('Play duration', '播放时长方式'),
        optionLabels: { auto: L('Automatic', '自动'), selfDefine: L('Set here', '自定义') },
      },
      'PageBasicInfo.playDuration': { label: L('Play for (s)', '播放时长（秒）'), type: 'number' },
      'PageBasicInfo.switchDuration': {
        label: L('Switch duration (s)', '切换时长（秒）'),
        type: 'number',
      },
      'PageBasicInfo.switchEffect': {
        label: L('Switch effect', '切换效果'),
        optionLabels: { none: L('None', '无'), random: L('Random', '随机') },
      },
    },
  },
]
