// Network & platforms (guide 21.6 service ports, 21.5.8 SSH, 21.7 EZVIZ / Hik-Connect, 21.8 ISUP / EHome, 21.9
// picture storage server): registry entries of the settings mechanism. Secrets (the Hik-Connect
// verification code, the ISUP key, the cloud storage password) are written, never read back,
// never echoed into results or the audit.
import type { ResourceDef } from './resource-def'

const L = (en: string, zh: string) => ({ en, zh })
const SECRET = { secret: true, type: 'string' } as const
const ADDRESSING = {
  ipaddress: L('IP address', 'IP 地址'),
  hostname: L('Host name', '域名'),
  hostName: L('Host name', '域名'),
}
const REGISTERED = { bind: L('Bound', '已绑定'), unbind: L('Not bound', '未绑定') }
const port = (en: string, zh: string) => ({ label: L(en, zh), type: 'number' as const })

export const NETWORK_RESOURCES: readonly ResourceDef[] = [
  {
    id: 'AdminAccessProtocol',
    guide: '21.6',
    group: 'network',
    label: L('Service ports', '服务端口'),
    format: 'xml',
    path: '/ISAPI/Security/adminAccesses/{id}',
    capsPath: '/ISAPI/Security/adminAccesses/capabilities',
    instances: {
      kind: 'instance',
      capsPath: '/ISAPI/Security/adminAccesses/capabilities',
      format: 'xml',
      field: 'id',
    },
    fields: {
      protocol: {
        label: L('Protocol', '协议'),
        readOnly: true,
        optionLabels: {
          HTTP: L('HTTP', 'HTTP'),
          HTTPS: L('HTTPS', 'HTTPS'),
          RTSP: L('RTSP (video)', 'RTSP（视频）'),
          DEV_MANAGE: L('SDK (device management)', 'SDK（设备管理）'),
        },
      },
      enabled: { label: L('Enabled', '启用') },
      portNo: { label: L('Port', '端口'), type: 'number' },
      id: { label: L('No.', '编号'), readOnly: true },
    },
  },
  {
    id: 'SSH',
    guide: '21.5.8',
    group: 'network',
    label: L('SSH access', 'SSH 访问'),
    format: 'xml',
    path: '/ISAPI/System/Network/ssh',
    capsPath: '/ISAPI/System/Network/ssh/capabilities',
    fields: { enabled: { label: L('SSH enabled', '启用 SSH') } },
  },
  {
    id: 'EZVIZ',
    guide: '21.7',
    group: 'network',
    label: L('Hik-Connect (EZVIZ)', '萤石 / Hik-Connect'),
    format: 'xml',
    path: '/ISAPI/System/Network/EZVIZ',
    capsPath: '/ISAPI/System/Network/EZVIZ/capabilities',
    fields: {
      enabled: { label: L('Hik-Connect access', '启用 Hik-Connect 接入') },
      verificationCode: { label: L('Verification code', '验证码'), ...SECRET },
      'serverAddress.hostName': { label: L('Server address', '服务器地址'), type: 'string' },
      'serverAddress.addressingFormatType': {
        label: L('Address type', '地址类型'),
        optionLabels: ADDRESSING,
      },
      registerStatus: { label: L('Registered', '已注册'), readOnly: true },
      bindStatus: {
        label: L('Bound to an account', '绑定状态'),
        readOnly: true,
        optionLabels: REGISTERED,
      },
    },
  },
  {
    id: 'Ehome',
    guide: '21.8',
    group: 'network',
    label: L('ISUP (EHome) platform', 'ISUP（EHome）平台接入'),
    format: 'xml',
    path: '/ISAPI/System/Network/Ehome?centerID=1',
    capsPath: '/ISAPI/System/Network/Ehome/capabilities',
    fields: {
      enabled: { label: L('ISUP access', '启用 ISUP 接入') },
      addressingFormatType: { label: L('Address type', '地址类型'), optionLabels: ADDRESSING },
      ipAddress: { label: L('Server IP address', '服务器 IP 地址'), type: 'string' },
      hostName: { label: L('Server host name', '服务器域名'), type: 'string' },
      portNo: { label: L('Server port', '服务器端口'), type: 'number' },
      deviceID: { label: L('ISUP device ID', 'ISUP 设备 ID'), type: 'string' },
      key: { label: L('ISUP key', 'ISUP 密钥'), ...SECRET },
      protocolVersion: {
        label: L('Protocol version', '协议版本'),
        optionLabels: {
          'v2.0': L('ISUP 2.0', 'ISUP 2.0'),
          'v2.6': L('ISUP 2.6', 'ISUP 2.6'),
          'v4.0': L('ISUP 4.0', 'ISUP 4.0'),
          'v5.0': L('ISUP 5.0', 'ISUP 5.0'),
        },
      },
      registerStatus: { label: L('Registered', '已注册'), readOnly: true },
    },
  },
  {
    id: 'PictureServerInformation',
    guide: '21.9',
    group: 'network',
    label: L('Picture storage server', '图片存储服务器'),
    format: 'json',
    path: '/ISAPI/System/PictureServer',
    capsPath: '/ISAPI/System/PictureServer/capabilities',
    fields: {
      pictureServerType: {
        label: L('Server type', '服务器类型'),
        optionLabels: {
          tomact: L('Tomcat', 'Tomcat'),
          VRB: L('VRB', 'VRB'),
          cloudStorage: L('Cloud storage', '云存储'),
          KMS: L('KMS', 'KMS'),
        },
      },
      addressingFormatType: { label: L('Address type', '地址类型'), optionLabels: ADDRESSING },
      hostName: { label: L('Server address', '服务器地址'), type: 'string' },
      portNo: port('Server port', '服务器端口'),
      'cloudStorage.cloudUsername': { label: L('Cloud user name', '云存储用户名'), type: 'string' },
      'cloudStorage.cloudPassword': { label: L('Cloud password', '云存储密码'), ...SECRET },
      'cloudStorage.cloudManageHttpPort': port('Cloud management port', '云存储管理端口'),
      'cloudStorage.cloudCmdPort': port('Cloud command port', '云存储命令端口'),
      'cloudStorage.cloudTransDataPort': port('Cloud data port', '云存储数据端口'),
      'cloudStorage.cloudHeartBeatPort': port('Cloud heartbeat port', '云存储心跳端口'),
      'cloudStorage.cloudStorageHttpPort': port('Cloud storage HTTP port', '云存储 HTTP 端口'),
      'cloudStorage.cloudPoolId': port('Cloud pool ID', '云存储资源池 ID'),
      'cloudStorage.clouldProtocolVersion': {
        label: L('Cloud protocol version', '云存储协议版本'),
        type: 'string',
      },
      'cloudStorage.clouldAccessKey': {
        label: L('Cloud access key', '云存储访问密钥 ID'),
        type: 'string',
      },
      'cloudStorage.clouldSecretKey': { label: L('Cloud secret key', '云存储访问密钥'), ...SECRET },
    },
  },
]
