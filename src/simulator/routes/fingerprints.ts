// Fingerprints (ch. 16). Apply answers HTTP 200 with the verdict per reader in
// cardReaderRecvStatus (1 ok, 4 memory full, 5 finger already enrolled to errorMsg's person).
import { jsonRoot } from '../http/body.js'
import type { Obj } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, okJson } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { fingerPrintCaps, fingerPrintDeleteCaps } from '../profiles/caps-bio.js'
import { fingerKey } from '../state/data.js'
import { optArr, optBool, optEnum, optInt, optObj, optStr, reqStr } from '../state/fields.js'
import type { FingerRec } from '../state/model.js'
import { readOp, startOp } from '../state/ops.js'
import { readEmployeeNo } from '../state/person-fields.js'

const FINGER_TYPES = ['normalFP', 'hijackFP', 'patrolFP', 'superFP', 'dismissingFP']
const B64 = /^[A-Za-z0-9+/]+={0,2}$/

function intList(
  o: Obj,
  key: string,
  min: number,
  max: number,
  size: number,
): number[] | undefined {
  const arr = optArr(o, key, size)
  if (!arr) return undefined
  for (const v of arr)
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      fail('badParameters', key)
  return arr as number[]
}

interface ApplyResult {
  status: number
  errorMsg: string
}

function apply(ctx: Ctx, o: Obj): { readers: number[]; result: ApplyResult } {
  const d = ctx.dev
  const p = d.profile
  const employeeNo = readEmployeeNo(o, p)
  const readers = intList(o, 'enableCardReader', 1, 1, 1) ?? [1]
  if (optBool(o, 'checkEmployeeNo') !== false && !d.data.persons.has(employeeNo))
    fail('employeeNoNotExist', 'employeeNo')
  if (optBool(o, 'deleteFingerPrint') === true) {
    const id = optInt(o, 'fingerPrintID', 1, p.capacity.fingersPerPerson)
    for (const [k, f] of d.data.fingers)
      if (f.employeeNo === employeeNo && (id === undefined || f.fingerPrintID === id))
        d.data.fingers.delete(k)
    d.changed()
    return { readers, result: { status: 1, errorMsg: '' } }
  }
  const id = optInt(o, 'fingerPrintID', 1, p.capacity.fingersPerPerson)
  if (id === undefined) fail('MessageParametersLack', 'fingerPrintID')
  const fingerType = optEnum(o, 'fingerType', FINGER_TYPES)
  const leaderFP = intList(o, 'leaderFP', 1, p.doors, p.doors)
  const data = optStr(o, 'fingerData', 768, 1)
  const key = fingerKey(employeeNo, id)
  const existing = d.data.fingers.get(key)
  if (data === undefined) {
    if (!existing) return { readers, result: { status: 7, errorMsg: '' } }
    if (fingerType) existing.fingerType = fingerType
    if (leaderFP) existing.leaderFP = leaderFP
    d.changed()
    return { readers, result: { status: 1, errorMsg: '' } }
  }
  if (!B64.test(data) || data.length % 4 !== 0) fail('badParameters', 'fingerData')
  for (const f of d.data.fingers.values()) {
    if (f.fingerData === data && (f.employeeNo !== employeeNo || f.fingerPrintID !== id))
      return { readers, result: { status: 5, errorMsg: f.employeeNo } }
  }
  if (!existing && (d.faults.spec.memoryFull || d.data.fingers.size >= p.capacity.fingerprints))
    return { readers, result: { status: 4, errorMsg: '' } }
  const rec: FingerRec = {
    employeeNo,
    fingerPrintID: id,
    fingerType: fingerType ?? existing?.fingerType ?? 'normalFP',
    fingerData: data,
    leaderFP: leaderFP ?? existing?.leaderFP ?? [],
    enableCardReader: readers,
  }
  d.data.fingers.set(key, rec)
  d.changed()
  return { readers, result: { status: 1, errorMsg: '' } }
}

function statusBody(
  readers: number[],
  r: ApplyResult,
  totalStatus: number,
  withStatus = true,
): Obj {
  return {
    FingerPrintStatus: {
      ...(withStatus ? { status: r.status === 1 ? 'success' : 'failed' } : {}),
      StatusList: readers.map((id) => ({
        id,
        cardReaderRecvStatus: r.status,
        errorMsg: r.errorMsg,
      })),
      totalStatus,
    },
  }
}

const searchCursors = new WeakMap<object, Map<string, number>>()

function upload(ctx: Ctx): ReturnType<typeof json> {
  const cond = jsonRoot(ctx, 'FingerPrintCond')
  const searchID = reqStr(cond, 'searchID', 1, 36)
  const employeeNo = readEmployeeNo(cond, ctx.dev.profile)
  const id = optInt(cond, 'fingerPrintID', 1, ctx.dev.profile.capacity.fingersPerPerson)
  let cursors = searchCursors.get(ctx.dev)
  if (!cursors) searchCursors.set(ctx.dev, (cursors = new Map()))
  const list = [...ctx.dev.data.fingers.values()]
    .filter((f) => f.employeeNo === employeeNo && (id === undefined || f.fingerPrintID === id))
    .sort((a, b) => a.fingerPrintID - b.fingerPrintID)
  const ckey = `${searchID}\u0000${employeeNo}\u0000${id ?? ''}`
  const pos = cursors.get(ckey) ?? 0
  const f = list[pos]
  if (!f) {
    cursors.delete(ckey)
    return json({ FingerPrintInfo: { searchID, status: 'NoFP' } })
  }
  cursors.set(ckey, pos + 1)
  if (cursors.size > 200) cursors.delete(cursors.keys().next().value as string)
  return json({
    FingerPrintInfo: {
      searchID,
      status: 'OK',
      FingerPrintList: [
        {
          cardReaderNo: 1,
          fingerPrintID: f.fingerPrintID,
          fingerType: f.fingerType,
          fingerData: f.fingerData,
          leaderFP: f.leaderFP,
        },
      ],
    },
  })
}

function del(ctx: Ctx): ReturnType<typeof json> {
  const cond = jsonRoot(ctx, 'FingerPrintDelete')
  const d = ctx.dev
  const mode = optEnum(cond, 'mode', ['byEmployeeNo', 'byCardReader'])
  if (mode === undefined) fail('MessageParametersLack', 'mode')
  if (mode === 'byEmployeeNo') {
    const det = optObj(cond, 'EmployeeNoDetail')
    if (!det) fail('MessageParametersLack', 'EmployeeNoDetail')
    const emp = readEmployeeNo(det, d.profile)
    const ids = intList(det, 'fingerPrintID', 1, d.profile.capacity.fingersPerPerson, 10)
    for (const k of d.data.fingers.keysOf(emp))
      if (!ids || ids.includes(d.data.fingers.get(k)!.fingerPrintID)) d.data.fingers.delete(k)
  } else {
    const det = optObj(cond, 'CardReaderDetail')
    if (!det) fail('MessageParametersLack', 'CardReaderDetail')
    optInt(det, 'cardReaderNo', 1, 1)
    if (optBool(det, 'clearAllCard') === true) d.data.fingers.clear()
    else {
      const emp = readEmployeeNo(det, d.profile)
      for (const [k, f] of d.data.fingers) if (f.employeeNo === emp) d.data.fingers.delete(k)
    }
  }
  d.changed()
  startOp(
    d,
    'fpDelete',
    { FingerPrintDeleteProcess: { status: 'success' } },
    { FingerPrintDeleteProcess: { status: 'processing' } },
  )
  return okJson()
}

const F = 'fingerprint' as const
export const fingerprintRoutes: RouteDef[] = [
  {
    path: '/ISAPI/AccessControl/FingerPrintCfg/capabilities',
    format: 'json',
    feature: F,
    GET: (ctx) => json(fingerPrintCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/AccessControl/FingerPrint/SetUp',
    format: 'json',
    feature: F,
    POST: (ctx) => {
      const { readers, result } = apply(ctx, jsonRoot(ctx, 'FingerPrintCfg'))
      return json(statusBody(readers, result, 1))
    },
  },
  {
    path: '/ISAPI/AccessControl/FingerPrintDownload',
    format: 'json',
    feature: F,
    POST: (ctx) => {
      const { readers, result } = apply(ctx, jsonRoot(ctx, 'FingerPrintCfg'))
      startOp(
        ctx.dev,
        'fpDownload',
        statusBody(readers, result, 1, false),
        statusBody(readers, { status: 0, errorMsg: '' }, 0, false),
      )
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/FingerPrintProgress',
    format: 'json',
    feature: F,
    GET: (ctx) => json(readOp(ctx.dev, 'fpDownload') ?? { FingerPrintStatus: { totalStatus: 1 } }),
  },
  {
    path: '/ISAPI/AccessControl/FingerPrintModify',
    format: 'json',
    feature: F,
    POST: (ctx) => {
      const o = jsonRoot(ctx, 'FingerPrintModify')
      const emp = readEmployeeNo(o, ctx.dev.profile)
      const id = optInt(o, 'fingerPrintID', 1, ctx.dev.profile.capacity.fingersPerPerson)
      if (id === undefined) fail('MessageParametersLack', 'fingerPrintID')
      const f = ctx.dev.data.fingers.get(fingerKey(emp, id))
      if (!f) return json({ FingerPrintStatus: { status: 'failed' } })
      const t = optEnum(o, 'fingerType', FINGER_TYPES)
      if (t) f.fingerType = t
      const l = intList(o, 'leaderFP', 1, ctx.dev.profile.doors, ctx.dev.profile.doors)
      if (l) f.leaderFP = l
      ctx.dev.changed()
      return json({ FingerPrintStatus: { status: 'success' } })
    },
  },
  {
    path: '/ISAPI/AccessControl/FingerPrintUpload',
    format: 'json',
    feature: F,
    rights: { POST: 'read' },
    POST: upload,
  },
  {
    path: '/ISAPI/AccessControl/FingerPrintUploadAll',
    format: 'json',
    feature: F,
    rights: { POST: 'read' },
    POST: (ctx) => {
      const cond = jsonRoot(ctx, 'FingerPrintCondAll')
      const emp = readEmployeeNo(cond, ctx.dev.profile)
      const list = [...ctx.dev.data.fingers.values()]
        .filter((f) => f.employeeNo === emp)
        .sort((a, b) => a.fingerPrintID - b.fingerPrintID)
      return json({
        FingerPrintInfoAll: {
          FingerPrintList: list.map((f) => ({
            fingerPrintID: f.fingerPrintID,
            fingerType: f.fingerType,
            leaderFP: f.leaderFP,
            picEnable: false,
          })),
          picturesNumber: 0,
        },
      })
    },
  },
  {
    path: '/ISAPI/AccessControl/FingerPrint/Delete/capabilities',
    format: 'json',
    feature: F,
    GET: (ctx) => json(fingerPrintDeleteCaps(ctx.dev.profile)),
  },
  { path: '/ISAPI/AccessControl/FingerPrint/Delete', format: 'json', feature: F, PUT: del },
  {
    path: '/ISAPI/AccessControl/FingerPrint/DeleteProcess',
    format: 'json',
    feature: F,
    GET: (ctx) =>
      json(readOp(ctx.dev, 'fpDelete') ?? { FingerPrintDeleteProcess: { status: 'success' } }),
  },
]
