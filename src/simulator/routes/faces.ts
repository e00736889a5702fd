// FDLib: libraries and face records. All messages flat (no root key); responses mix status
// fields and data. FaceDataRecord never replaces a face (deviceUserAlreadyExistFace); FDSetUp does.
import { jsonFlat } from '../http/body.js'
import type { Obj } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, jsonStatus, jsonStatusBody } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { checkFacePicture, downloadFace, readFaceInput } from '../media/face-input.js'
import { FD_MAX_NUM, fdLibCaps } from '../profiles/caps-bio.js'
import { faceKey } from '../state/data.js'
import { optEnum, optInt, optStr, reqStr } from '../state/fields.js'
import type { FaceLib, FaceRec } from '../state/model.js'
import { faceUrl } from '../state/ops.js'
import { paginate } from '../state/search.js'
import { checkFaceCount } from '../media/face-count.js'

const INFO_FIELDS = [
  'name',
  'gender',
  'bornTime',
  'city',
  'certificateType',
  'certificateNumber',
  'caseInfo',
  'tag',
  'address',
  'customInfo',
] as const
/** A successful FDLib answer: status fields and data, no errorCode (observed on DS-K1T344). */
const okFd = (extra: Obj = {}): Obj => ({ ...jsonStatusBody('ok'), ...extra })

/** customInfo only when the library has one. */
const libFields = (l: FaceLib): Obj => ({
  FDID: l.FDID,
  faceLibType: l.faceLibType,
  name: l.name,
  ...(l.customInfo ? { customInfo: l.customInfo } : {}),
})

function visibleLibs(ctx: Ctx): FaceLib[] {
  return ctx.dev.data.faceLibs.filter(
    (l) => l.faceLibType !== 'infraredFD' || ctx.dev.profile.features.has('infraredFace'),
  )
}

function findLib(
  ctx: Ctx,
  FDID: string | null | undefined,
  type: string | null | undefined,
): FaceLib {
  const lib = ctx.dev.data.faceLibs.find((l) => l.FDID === FDID && l.faceLibType === type)
  if (!lib) fail('libraryNotExist', 'FDID')
  if (lib.faceLibType === 'infraredFD' && !ctx.dev.profile.features.has('infraredFace'))
    fail('libraryNotExist', 'FDID')
  return lib
}

function readInfo(cond: Obj, base: Record<string, string> = {}): Record<string, string> {
  const info = { ...base }
  for (const k of INFO_FIELDS) {
    const v = optStr(cond, k, k === 'tag' ? 195 : 192)
    if (v !== undefined) info[k] = v
  }
  if (info.gender !== undefined && !['male', 'female', 'unknown'].includes(info.gender))
    fail('badParameters', 'gender')
  return info
}

/** Faces held outside the static library (counted as they come and go, never scanned). */
const libFaceCount = (ctx: Ctx): number => ctx.dev.data.faces.counted

function resolveFpid(ctx: Ctx, cond: Obj, lib: FaceLib): string {
  const given = optStr(cond, 'FPID', 63, 1)
  if (lib.faceLibType === 'staticFD') return given ?? String(ctx.dev.data.nextPicId)
  if (given === undefined) fail('MessageParametersLack', 'FPID')
  if (!ctx.dev.data.persons.has(given)) fail('employeeNoNotExist', 'FPID')
  return given
}

function store(
  ctx: Ctx,
  lib: FaceLib,
  FPID: string,
  jpeg: Buffer,
  info: Record<string, string>,
  existing?: FaceRec,
): void {
  const d = ctx.dev
  if (!existing && (d.faults.spec.memoryFull || libFaceCount(ctx) >= d.profile.capacity.faces))
    fail('noMemory', 'deviceFaceFull', 400)
  d.data.faces.set(faceKey(lib.FDID, FPID), {
    FDID: lib.FDID,
    faceLibType: lib.faceLibType,
    FPID,
    picId: d.nextPicId(),
    jpeg,
    info,
  })
  d.changed()
}

async function faceDataRecord(ctx: Ctx): Promise<ReturnType<typeof json>> {
  const { cond, jpeg } = await readFaceInput(ctx, true)
  const lib = findLib(ctx, optStr(cond, 'FDID', 63), optStr(cond, 'faceLibType', 32))
  const FPID = resolveFpid(ctx, cond, lib)
  if (ctx.dev.data.faces.has(faceKey(lib.FDID, FPID)))
    fail('deviceUserAlreadyExistFace', 'deviceUserAlreadyExistFace')
  checkFacePicture(ctx.dev, jpeg!)
  await checkFaceCount(jpeg!)
  store(ctx, lib, FPID, jpeg!, readInfo(cond))
  return json({ ...jsonStatusBody('ok'), FPID })
}

async function fdSetUp(ctx: Ctx): Promise<ReturnType<typeof json>> {
  const { cond, jpeg } = await readFaceInput(ctx, false)
  const lib = findLib(ctx, optStr(cond, 'FDID', 63), optStr(cond, 'faceLibType', 32))
  if (cond.deleteFP === true) {
    const FPID = reqStr(cond, 'FPID', 1, 63)
    ctx.dev.data.faces.delete(faceKey(lib.FDID, FPID))
    ctx.dev.changed()
    return jsonStatus('ok')
  }
  if (!jpeg) fail('MessageParametersLack', 'faceURL')
  const FPID = resolveFpid(ctx, cond, lib)
  checkFacePicture(ctx.dev, jpeg)
  await checkFaceCount(jpeg)
  const existing = ctx.dev.data.faces.get(faceKey(lib.FDID, FPID))
  store(ctx, lib, FPID, jpeg, readInfo(cond, existing?.info), existing)
  return json({ ...jsonStatusBody('ok'), FPID })
}

function fdSearch(ctx: Ctx): ReturnType<typeof json> {
  const cond = jsonFlat(ctx)
  const max = optInt(cond, 'maxResults', 1, 1_000_000)
  if (max === undefined) fail('MessageParametersLack', 'maxResults')
  const pos = optInt(cond, 'searchResultPosition', 0, 2_000_000_000) ?? 0
  const FDID = optStr(cond, 'FDID', 63)
  const type = optStr(cond, 'faceLibType', 32)
  if (FDID === undefined || type === undefined)
    fail('badParameters', FDID === undefined ? 'FDID' : 'faceLibType')
  const lib = findLib(ctx, FDID, type)
  const FPID = optStr(cond, 'FPID', 63)
  const name = optStr(cond, 'name', 96)
  let all = [...ctx.dev.data.faces.values()].filter(
    (f) => f.FDID === lib.FDID && f.faceLibType === lib.faceLibType,
  )
  if (FPID) all = all.filter((f) => f.FPID === FPID)
  const nameOf = (f: FaceRec): string => f.info.name ?? ctx.dev.data.persons.get(f.FPID)?.name ?? ''
  if (name) all = all.filter((f) => nameOf(f).includes(name))
  const page = paginate(all, '', pos, Math.min(max, 30))
  const out: Obj = {
    ...okFd(),
    responseStatusStrg:
      page.responseStatusStrg === 'NO MATCH' ? 'NO MATCHES' : page.responseStatusStrg,
    searchResultPosition: pos,
    numOfMatches: page.numOfMatches,
    totalMatches: page.totalMatches,
  }
  if (page.items.length > 0) {
    out.MatchList = page.items.map((f) => ({
      FPID: f.FPID,
      faceURL: faceUrl(ctx.dev, f),
      name: nameOf(f),
      gender: f.info.gender ?? ctx.dev.data.persons.get(f.FPID)?.gender ?? 'unknown',
      bornTime: f.info.bornTime ?? '1970-01-01',
      modelData: '',
    }))
  }
  return json(out)
}

async function fdEdit(ctx: Ctx): Promise<ReturnType<typeof json>> {
  const lib = findLib(ctx, ctx.query.get('FDID'), ctx.query.get('faceLibType'))
  const cond = jsonFlat(ctx)
  const FPID = ctx.query.get('FPID') ?? optStr(cond, 'FPID', 63)
  if (!FPID) fail('MessageParametersLack', 'FPID')
  const rec = ctx.dev.data.faces.get(faceKey(lib.FDID, FPID))
  if (!rec) fail('noRecord', 'FPID')
  if (typeof cond.faceURL === 'string' && cond.faceURL !== '') {
    const jpeg = await downloadFace(cond.faceURL)
    checkFacePicture(ctx.dev, jpeg)
    await checkFaceCount(jpeg)
    rec.jpeg = jpeg
    rec.picId = ctx.dev.nextPicId()
  }
  rec.info = readInfo(cond, rec.info)
  ctx.dev.changed()
  return jsonStatus('ok')
}

function libList(ctx: Ctx): ReturnType<typeof json> {
  const FDID = ctx.query.get('FDID')
  const type = ctx.query.get('faceLibType')
  if (FDID !== null) {
    const { FDID: _id, ...lib } = libFields(findLib(ctx, FDID, type))
    return json(okFd(lib))
  }
  return json(okFd({ FDLib: visibleLibs(ctx).map(libFields) }))
}

function libCreate(ctx: Ctx): ReturnType<typeof json> {
  const cond = jsonFlat(ctx)
  const type = optEnum(cond, 'faceLibType', ['staticFD', 'blackFD'])
  if (type === undefined) fail('MessageParametersLack', 'faceLibType')
  const name = reqStr(cond, 'name', 1, 48)
  const libs = ctx.dev.data.faceLibs
  if (libs.some((l) => l.name === name)) fail('duplicateLibraryName', 'name')
  // Inferred: the libraries counted are those the terminal lists (GET FDLib).
  if (visibleLibs(ctx).length >= FD_MAX_NUM) fail('faceLibraryNumError', 'faceLibraryNumError', 400)
  const FDID = String(Math.max(...libs.map((l) => Number(l.FDID) || 0)) + 1)
  libs.push({ FDID, faceLibType: type, name, customInfo: optStr(cond, 'customInfo', 192) ?? '' })
  ctx.dev.changed()
  return json(okFd({ FDID }))
}

function libEdit(ctx: Ctx): ReturnType<typeof json> {
  const lib = findLib(ctx, ctx.query.get('FDID'), ctx.query.get('faceLibType'))
  const cond = jsonFlat(ctx)
  const name = optStr(cond, 'name', 48)
  if (name !== undefined) {
    if (ctx.dev.data.faceLibs.some((l) => l !== lib && l.name === name && name !== ''))
      fail('duplicateLibraryName', 'name')
    lib.name = name
  }
  const ci = optStr(cond, 'customInfo', 192)
  if (ci !== undefined) lib.customInfo = ci
  ctx.dev.changed()
  return jsonStatus('ok')
}

function libDelete(ctx: Ctx): ReturnType<typeof json> {
  const d = ctx.dev.data
  const FDID = ctx.query.get('FDID')
  const drop = (lib: FaceLib): void => {
    for (const [k, f] of d.faces)
      if (f.FDID === lib.FDID && f.faceLibType === lib.faceLibType) d.faces.delete(k)
  }
  if (FDID === null) {
    for (const l of d.faceLibs) drop(l)
    d.faceLibs = d.faceLibs.filter((l) => l.FDID === '1' || l.FDID === '2')
  } else {
    const lib = findLib(ctx, FDID, ctx.query.get('faceLibType'))
    drop(lib)
    if (lib.FDID !== '1' && lib.FDID !== '2') d.faceLibs = d.faceLibs.filter((l) => l !== lib)
  }
  ctx.dev.changed()
  return jsonStatus('ok')
}

function count(ctx: Ctx): ReturnType<typeof json> {
  const d = ctx.dev.data
  const n = (l: FaceLib): number =>
    [...d.faces.values()].filter((f) => f.FDID === l.FDID && f.faceLibType === l.faceLibType).length
  const FDID = ctx.query.get('FDID')
  if (FDID !== null) {
    const lib = findLib(ctx, FDID, ctx.query.get('faceLibType'))
    return json({
      ...okFd(),
      FDID: lib.FDID,
      faceLibType: lib.faceLibType,
      name: lib.name,
      recordDataNumber: n(lib),
    })
  }
  const libs = visibleLibs(ctx)
  return json({
    ...okFd(),
    FDRecordDataInfo: libs.map((l) => ({
      FDID: l.FDID,
      faceLibType: l.faceLibType,
      name: l.name,
      recordDataNumber: n(l),
    })),
  })
}

function deleteRecords(ctx: Ctx): ReturnType<typeof json> {
  const lib = findLib(ctx, ctx.query.get('FDID'), ctx.query.get('faceLibType'))
  const cond = jsonFlat(ctx)
  const list = cond.FPID
  if (!Array.isArray(list)) fail('MessageParametersLack', 'FPID')
  for (const item of list) {
    if (typeof item !== 'object' || item === null) fail('badParameters', 'FPID')
    const v = reqStr(item as Obj, 'value', 1, 63)
    ctx.dev.data.faces.delete(faceKey(lib.FDID, v))
  }
  ctx.dev.changed()
  return jsonStatus('ok')
}

const FACE_BODY = 2 * 1024 * 1024
const F = 'face' as const
export const faceRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Intelligent/FDLib/capabilities',
    format: 'json',
    feature: F,
    GET: (ctx) => json(fdLibCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/Intelligent/FDLib',
    format: 'json',
    feature: F,
    GET: libList,
    POST: libCreate,
    PUT: libEdit,
    DELETE: libDelete,
  },
  { path: '/ISAPI/Intelligent/FDLib/Count', format: 'json', feature: F, GET: count },
  {
    path: '/ISAPI/Intelligent/FDLib/FaceDataRecord',
    format: 'json',
    feature: F,
    maxBody: FACE_BODY,
    POST: faceDataRecord,
  },
  {
    path: '/ISAPI/Intelligent/FDLib/FDSetUp',
    format: 'json',
    feature: F,
    maxBody: FACE_BODY,
    PUT: fdSetUp,
  },
  {
    path: '/ISAPI/Intelligent/FDLib/FDSearch',
    format: 'json',
    feature: F,
    getIs404: true,
    rights: { POST: 'read' },
    POST: fdSearch,
    PUT: fdEdit,
  },
  {
    path: '/ISAPI/Intelligent/FDLib/FDSearch/Delete',
    format: 'json',
    feature: F,
    PUT: deleteRecords,
  },
  { path: '/ISAPI/Intelligent/FDLib/FDModify', format: 'json', feature: F, PUT: fdEdit },
]
