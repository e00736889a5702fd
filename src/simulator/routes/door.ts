// Doors: remote control (XML only), door parameters (XML), live working status (JSON).
import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, xml, xmlStatus } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'
import type { DoorCommand } from '../state/door-bank.js'
import { workStatus, workStatusCaps } from '../access/work-status.js'

const CMDS = ['open', 'close', 'alwaysOpen', 'alwaysClose', 'resume']
/** MAJOR_OPERATION minors: remote door open / close / always open / always close. */
const OPERATION_MINOR: Record<DoorCommand, number> = {
  open: 1024,
  close: 1025,
  alwaysOpen: 1026,
  alwaysClose: 1027,
}
const DOOR_DEFAULTS: XmlNode = {
  doorName: '',
  magneticType: 'alwaysClose',
  openButtonType: 'alwaysOpen',
  openDuration: 5,
  disabledOpenDuration: 15,
  magneticAlarmTimeout: 30,
  enableDoorLock: true,
  enableLeaderCard: false,
  leaderCardMode: 'disable',
  leaderCardOpenDuration: 10,
  useLocalController: false,
  localControllerID: 0,
  localControllerDoorNumber: 0,
  localControllerStatus: 0,
  lockInputCheck: false,
  lockInputType: 'alwaysClose',
  doorTerminalMode: 'preventCutAndShort',
  openButton: true,
  ladderControlDelayTime: 1,
  remoteControlPWStatus: false,
}
const DOOR_CAPS: Record<string, [number, number] | string> = {
  doorName: [1, 32],
  magneticType: 'alwaysClose,alwaysOpen',
  openButtonType: 'alwaysClose,alwaysOpen',
  openDuration: [1, 255],
  disabledOpenDuration: [1, 255],
  magneticAlarmTimeout: [0, 255],
  enableDoorLock: 'true,false',
  enableLeaderCard: 'true,false',
  leaderCardMode: 'disable,alwaysOpen,authorize',
  leaderCardOpenDuration: [1, 1440],
  lockInputCheck: 'true,false',
  lockInputType: 'alwaysClose,alwaysOpen',
  doorTerminalMode: 'preventCutAndShort,common',
  openButton: 'true,false',
  ladderControlDelayTime: [1, 255],
}
const WRITE_ONLY = ['stressPassword', 'superPassword', 'unlockPassword']
const RO = [
  'useLocalController',
  'localControllerID',
  'localControllerDoorNumber',
  'localControllerStatus',
  'remoteControlPWStatus',
]

function doorIndex(ctx: Ctx): number {
  const n = Number(ctx.params.id)
  if (!Number.isInteger(n) || n < 1 || n > ctx.dev.profile.doors)
    fail('badParameters', 'doorNo', 400)
  return n
}

function doorParam(ctx: Ctx, n: number): XmlNode {
  const stored = (ctx.dev.data.docs[`DoorParam/${n}`] ?? {}) as XmlNode
  return { ...DOOR_DEFAULTS, doorName: `Door ${n}`, ...stored }
}

function remoteControl(ctx: Ctx): ReturnType<typeof xml> {
  if (ctx.query.get('format') === 'json') fail('badXmlContent', 'badXmlContent', 400)
  const n = doorIndex(ctx)
  const body = xmlRoot(ctx, 'RemoteControlDoor')
  const cmd = body.cmd
  if (typeof cmd !== 'string') fail('MessageParametersLack', 'cmd', 400)
  if (!CMDS.includes(cmd)) fail('badXmlContent', 'cmd', 400)
  const dev = ctx.dev
  const who = { doorNo: n, netUser: ctx.account.userName, remoteHostAddr: ctx.ip }
  const command = cmd === 'resume' ? 'close' : (cmd as DoorCommand)
  // Our reading: a door held closed (remain locked) refuses a remote open; nothing is logged.
  if (command === 'open' && dev.doors[n - 1]!.status === 3)
    fail('invalidOperation', 'doorRemainLocked', 403)
  dev.recordEvent(3, OPERATION_MINOR[command], who)
  dev.doorBank.command(n, command)
  return xmlStatus('ok', { requestURL: ctx.path, version: '1.0' })
}

function putDoorParam(ctx: Ctx): ReturnType<typeof xml> {
  const n = doorIndex(ctx)
  const body = xmlRoot(ctx, 'DoorParam')
  const next: XmlNode = { ...((ctx.dev.data.docs[`DoorParam/${n}`] ?? {}) as XmlNode) }
  for (const [k, v] of Object.entries(body)) {
    if (RO.includes(k)) continue
    if (WRITE_ONLY.includes(k)) {
      if (typeof v !== 'string' || v.length > 12) fail('badXmlContent', k, 400)
      continue
    }
    const cap = DOOR_CAPS[k]
    if (cap === undefined || typeof v !== 'string') continue
    if (Array.isArray(cap)) {
      if (k === 'doorName') {
        if (v.length < cap[0] || Buffer.byteLength(v) > cap[1]) fail('badXmlContent', k, 400)
        next[k] = v
      } else {
        const num = Number(v)
        if (!Number.isInteger(num) || num < cap[0] || num > cap[1]) fail('badXmlContent', k, 400)
        next[k] = num
      }
    } else {
      if (!cap.split(',').includes(v)) fail('badXmlContent', k, 400)
      next[k] = v === 'true' ? true : v === 'false' ? false : v
    }
  }
  ctx.dev.data.docs[`DoorParam/${n}`] = next
  ctx.dev.changed()
  ctx.dev.recordEvent(3, 118, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
  return xmlStatus('ok', { requestURL: ctx.path })
}

export const doorRoutes: RouteDef[] = [
  {
    path: '/ISAPI/AccessControl/RemoteControl/door/capabilities',
    format: 'xml',
    GET: (ctx) =>
      xml('RemoteControlDoor', {
        doorNo: { '@min': 1, '@max': ctx.dev.profile.doors },
        cmd: { '@opt': 'open,close,alwaysOpen,alwaysClose' },
        password: { '@min': 0, '@max': 16 },
      }),
  },
  {
    path: '/ISAPI/AccessControl/RemoteControl/door/:id',
    format: 'xml',
    rights: { PUT: 'control' },
    PUT: remoteControl,
  },
  {
    path: '/ISAPI/AccessControl/Door/param/:id/capabilities',
    format: 'xml',
    GET: (ctx) => {
      doorIndex(ctx)
      const caps: XmlNode = {}
      for (const [k, v] of Object.entries(DOOR_CAPS))
        caps[k] = Array.isArray(v) ? { '@min': v[0], '@max': v[1] } : { '@opt': v }
      return xml('DoorParam', caps)
    },
  },
  {
    path: '/ISAPI/AccessControl/Door/param/:id',
    format: 'xml',
    GET: (ctx) => xml('DoorParam', doorParam(ctx, doorIndex(ctx))),
    PUT: putDoorParam,
  },
  {
    path: '/ISAPI/AccessControl/AcsWorkStatus',
    format: 'json',
    GET: (ctx) => json({ AcsWorkStatus: workStatus(ctx.dev) }),
  },
  {
    path: '/ISAPI/AccessControl/AcsWorkStatus/capabilities',
    format: 'json',
    GET: (ctx) => json({ AcsWorkStatus: workStatusCaps(ctx.dev) }),
  },
]
