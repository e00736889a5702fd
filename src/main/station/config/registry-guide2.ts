// Configuration resources of guide 21.30 (credential modules) not in the other registry files:
// the intelligent identity-recognition terminal (ID-card reader, camera, fingerprint module).
// Joined to CONFIG_RESOURCES by registry.ts; ranges and options come from the terminal.
import type { ConfigLabel } from '@shared/contract/config'
import type { ResourceDef } from './resource-def'

const L = (en: string, zh: string): ConfigLabel => ({ en, zh })
const ONOFF = { enable: L('On', '启用'), disable: L('Off', '禁用') }
/** Model names are the same words in every language. */
const models = (...names: string[]): Record<string, ConfigLabel> =>
  Object.fromEntries(names.map((n) => [n, L(n, n)]))

export const GUIDE2_RESOURCES: readonly ResourceDef[] = [
  {
    id: 'IdentityTerminal',
    guide: '21.30.8',
    group: 'authentication',
    label: L('Identity recognition terminal', '身份识别终端'),
    format: 'xml',
    path: '/ISAPI/AccessControl/IdentityTerminal',
    capsPath: '/ISAPI/AccessControl/IdentityTerminal/capabilities',
    flag: { doc: 'acs', key: 'isSupportIdentityTerminal' },
    fields: {
      terminalMode: {
        label: L('Mode', '模式'),
        optionLabels: {
          authMode: L('Authentication', '认证模式'),
          registerMode: L('Registration', '登记模式'),
        },
      },
      workMode: {
        label: L('Work mode', '工作模式'),
        optionLabels: {
          passMode: L('Pass-through', '通行模式'),
          accessControlMode: L('Access control', '门禁模式'),
        },
      },
      idCardReader: {
        label: L('ID-card reader model', '身份证阅读器型号'),
        optionLabels: {
          ...models(
            'iDR210',
            'DS-K1F110-I',
            'DS-K1F1110-B',
            'DS-K1F1110-AB',
            'DS-K1F1001-I(USB)',
            'DS-K1F1002-I(USB)',
          ),
          none: L('None', '无'),
        },
      },
      camera: {
        label: L('Camera model', '摄像头型号'),
        optionLabels: models('C270', 'DS-2CS5432B-S'),
      },
      fingerPrintModule: {
        label: L('Fingerprint module', '指纹模块'),
        optionLabels: models('ALIWARD', 'HikModule'),
      },
      videoStorageTime: { label: L('Video kept (s)', '录像保存时长（秒）') },
      faceContrastThreshold: { label: L('Face–ID photo threshold', '人证比对阈值') },
      twoDimensionCode: { label: L('QR codes', '二维码'), optionLabels: ONOFF },
      blackListCheck: {
        label: L('Check the ID block list', '身份证黑名单校验'),
        optionLabels: ONOFF,
      },
      idCardCheckCenter: {
        label: L('ID cards checked by', '身份证校验方'),
        optionLabels: { local: L('The terminal', '本地'), server: L('A server', '服务器') },
      },
      faceAlgorithm: {
        label: L('Face algorithm', '人脸算法'),
        optionLabels: models('HIK-Z', 'HIK-H'),
      },
      comNo: { label: L('Serial port', '串口号') },
      memoryLearning: { label: L('Memory learning', '记忆学习'), optionLabels: ONOFF },
      saveCertifiedImage: {
        label: L('Keep verified pictures', '保存认证图片'),
        optionLabels: ONOFF,
      },
      readInfoOfCard: {
        label: L('Read from the card', '读卡内容'),
        optionLabels: { serialNo: L('Serial number', '序列号'), file: L('File', '文件') },
      },
      readCardRule: {
        label: L('Card number rule', '卡号规则'),
        optionLabels: {
          wiegand26: L('Wiegand 26', '韦根 26'),
          wiegand34: L('Wiegand 34', '韦根 34'),
        },
      },
      'ecoMode.eco': { label: L('Eco mode', '节能模式'), optionLabels: ONOFF },
      'ecoMode.faceMatchThreshold1': { label: L('Eco: threshold 1:1', '节能：1:1 阈值') },
      'ecoMode.faceMatchThresholdN': { label: L('Eco: threshold 1:N', '节能：1:N 阈值') },
      'ecoMode.changeThreshold': { label: L('Eco: change threshold', '节能：切换阈值') },
    },
  },
]
