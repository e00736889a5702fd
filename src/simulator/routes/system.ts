import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, okXml, xml } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'
import { accessControlCaps, deviceCaps } from '../profiles/caps-acs.js'

/** An XML capability tree as JSON: an element's text under `#text` becomes its value. */
function jsonCaps(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonCaps)
  if (typeof node !== 'object' || node === null) return node
  const entries = Object.entries(node as Record<string, unknown>)
  const text = entries.find(([k]) => k === '#text')
  if (text && entries.every(([k]) => k === '#text' || k.startsWith('@'))) return text[1]
  return Object.fromEntries(entries.map(([k, v]) => [k, jsonCaps(v)]))
}

function deviceInfo(ctx: Ctx): XmlNode {
  const d = ctx.dev
  const p = d.profile
  const face = p.features.has('face')
  return {
    deviceName: d.data.deviceName,
    deviceID: 255,
    deviceDescription: 'ACS',
    deviceLocation: 'hangzhou',
    systemContact: 'Hikvision.China',
    model: p.model,
    serialNumber: d.serialNumber,
    macAddress: d.macAddress,
    firmwareVersion: d.data.firmwareVersion,
    firmwareReleasedDate: d.data.firmwareReleasedDate,
    encoderVersion: 'V2.0',
    encoderReleasedDate: 'build 240101',
    bootVersion: '16908295',
    bootReleasedDate: '',
    hardwareVersion: '0x10000',
    deviceType: p.deviceType,
    subDeviceType: face ? 'accessControlTerminal' : 'accessController',
    telecontrolID: 255,
    supportBeep: true,
    supportVideoLoss: false,
    alarmOutNum: p.alarmOut,
    alarmInNum: p.alarmIn,
    RS485Num: 1,
    localZoneNum: p.alarmIn,
    relayNum: p.doors,
    electroLockNum: p.doors,
    manufacturer: 'hikvision',
    OEMCode: 1,
    bspVersion: 'V1.6.1 build 240528',
    dspVersion: 'V2.1.0 build 240528',
    encryptionModel: 'AES128 ECB',
    productionDate: '2024-05-28',
    displayInterfaceSize: face ? 7 : 0,
    releaseRegion: 'international',
    marketType: 1,
  }
}

export const systemRoutes: RouteDef[] = [
  {
    path: '/ISAPI/System/deviceInfo',
    format: 'xml',
    GET: (ctx) => xml('DeviceInfo', deviceInfo(ctx)),
    PUT: (ctx) => {
      const n = xmlRoot(ctx, 'DeviceInfo')
      const name = n.deviceName
      if (name !== undefined) {
        if (typeof name !== 'string' || name.length < 1 || Buffer.byteLength(name) > 32)
          fail('badXmlContent', 'deviceName')
        ctx.dev.data.deviceName = name
        ctx.dev.changed()
      }
      return okXml(ctx.path)
    },
  },
  {
    path: '/ISAPI/System/deviceInfo/capabilities',
    format: 'xml',
    GET: () =>
      xml('DeviceInfo', {
        deviceName: { '@min': 1, '@max': 32 },
        deviceID: { '@min': 1, '@max': 255 },
        telecontrolID: { '@min': 1, '@max': 255 },
      }),
  },
  {
    path: '/ISAPI/System/capabilities',
    format: 'xml',
    // the JSON variant (guide 21.5.1/10): the same capabilities, attributes kept as "@name" keys
    GET: (ctx) =>
      ctx.query.get('format') === 'json'
        ? json({ DeviceCap: jsonCaps(deviceCaps(ctx.dev.profile)) })
        : xml('DeviceCap', deviceCaps(ctx.dev.profile)),
  },
  {
    // storage capability (guide 21.5.9): a terminal's one built-in flash store, no NAS
    // (element names as third-party NVR clients read them: hddList@size; protocol-config 01 §5.5)
    path: '/ISAPI/ContentMgmt/Storage/capabilities',
    format: 'xml',
    GET: () => xml('Storage', { hddList: { '@size': 1 }, nasList: { '@size': 0 } }),
  },
  {
    path: '/ISAPI/AccessControl/capabilities',
    format: 'xml',
    GET: (ctx) => xml('AccessControl', accessControlCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/System/reboot',
    format: 'xml',
    rights: { PUT: 'reboot' },
    PUT: (ctx) => {
      ctx.dev.recordEvent(3, 123, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
      setTimeout(() => ctx.dev.reboot(), 10)
      return okXml(ctx.path)
    },
  },
  {
    path: '/ISAPI/System/factoryReset',
    format: 'xml',
    rights: { PUT: 'admin' },
    PUT: (ctx) => {
      const mode = ctx.query.get('mode') ?? 'basic'
      if (!['full', 'basic', 'part'].includes(mode)) fail('badParameters', 'mode', 400)
      const user = ctx.account.userName
      ctx.dev.resetData(mode as 'full' | 'basic' | 'part')
      ctx.dev.recordEvent(3, 1031, { netUser: user, remoteHostAddr: ctx.ip })
      setTimeout(() => ctx.dev.reboot(), 10)
      return okXml(ctx.path)
    },
  },
]
