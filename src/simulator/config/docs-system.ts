// XML configuration resources (protocol-config/01, 02, 06): Wiegand, face comparison
// conditions, EZVIZ, ISUP/EHome, language, SSH, card encryption.
import { bool, opt, range } from './doc-spec.js'
import type { DocSpec } from './doc-spec.js'

export const systemDocs: DocSpec[] = [
  {
    path: '/ISAPI/AccessControl/WiegandCfg/wiegandNo/:id',
    format: 'xml',
    root: 'WiegandCfg',
    capsPath: '/ISAPI/AccessControl/WiegandCfg/capabilities',
    ids: () => [1, 1],
    defaults: () => ({ communicateDirection: 'receive', wiegandMode: 'wiegand26', signalInterval: 10, enable: true }),
    caps: () => ({ wiegandNo: range(1, 1), communicateDirection: opt('receive,send'), wiegandMode: opt('wiegand26,wiegand34,wiegand27,wiegand35'), signalInterval: range(1, 20), enable: bool }),
  },
  {
    path: '/ISAPI/AccessControl/FaceCompareCond',
    format: 'xml',
    root: 'FaceCompareCond',
    feature: 'face',
    defaults: () => ({ faceWidthLowerLimit: 0, pitch: 45, yaw: 45, width: 0, height: 0, leftBorder: 0, rightBorder: 0, upBorder: 0, bottomBorder: 0, interorbitalDistance: 0, faceScore: 0, maxDistance: 'auto' }),
    caps: () => ({
      faceWidthLowerLimit: range(0, 100),
      pitch: range(0, 90),
      yaw: range(0, 90),
      width: range(0, 100),
      height: range(0, 100),
      leftBorder: range(0, 100),
      rightBorder: range(0, 100),
      upBorder: range(0, 100),
      bottomBorder: range(0, 100),
      interorbitalDistance: range(0, 100),
      faceScore: range(0, 100),
      maxDistance: opt('0.5,1,1.5,2,auto'),
    }),
  },
  {
    path: '/ISAPI/AccessControl/M1CardEncryptCfg',
    format: 'xml',
    root: 'M1CardEncryptCfg',
    feature: 'card',
    defaults: () => ({ enable: false, sectionID: 13 }),
    caps: () => ({ enable: bool, sectionID: range(1, 100) }),
  },
  {
    path: '/ISAPI/System/Network/EZVIZ',
    format: 'xml',
    root: 'EZVIZ',
    defaults: () => ({ enabled: false, registerStatus: false, serverAddress: { addressingFormatType: 'hostname', hostName: 'litedev.hik-connect.com' }, bindStatus: 'unbind' }),
    caps: () => ({ enabled: bool, registerStatus: bool, serverAddress: { addressingFormatType: opt('hostname,hostName,ipaddress'), hostName: range(1, 64) }, verificationCode: range(6, 12), bindStatus: opt('bind,unbind') }),
    writeOnly: ['verificationCode'],
  },
  {
    path: '/ISAPI/System/Network/Ehome',
    format: 'xml',
    root: 'Ehome',
    defaults: () => ({ enabled: false, addressingFormatType: '', hostName: '', ipAddress: '', portNo: 0, deviceID: '', registerStatus: false, protocolVersion: '' }),
    caps: () => ({ enabled: bool, addressingFormatType: opt(',ipaddress,hostname'), hostName: range(1, 64), ipAddress: range(7, 15), portNo: { '@min': 1024, '@max': 65535 }, deviceID: range(1, 32), registerStatus: bool, key: range(8, 32), protocolVersion: opt(',v5.0') }),
    writeOnly: ['key'],
  },
  {
    path: '/ISAPI/System/DeviceLanguage',
    format: 'xml',
    root: 'DeviceLanguage',
    defaults: () => ({ language: 'English' }),
    caps: () => ({ language: opt('English,Russian,BrazilianPortuguese,Indonesian,Spanish,Arabic,Vietnamese,Thai,Japanese,Korean') }),
  },
  { path: '/ISAPI/System/Network/ssh', format: 'xml', root: 'SSH', defaults: () => ({ enabled: false }), caps: () => ({ enabled: bool }) },
]
