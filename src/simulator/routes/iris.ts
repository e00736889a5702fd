// Iris (ch. 18). Paths are public (SDK demo); body field names are not, so these shapes follow
// the fingerprint/person families [INF]: record/setup/modify take multipart (JSON part "IrisInfo"
// + up to two JPEG parts), search pages like UserInfo, capture answers multipart when done.
import { syntheticIris } from '../media/synth.js'
import { isObj, jsonRoot } from '../http/body.js'
import type { Obj } from '../http/body.js'
import { fail } from '../http/errors.js'
import { boundaryOf, encodeMultipart, parseMultipart } from '../http/multipart.js'
import { CT_JSON, json, okJson } from '../http/respond.js'
import { cjson } from '../http/cjson.js'
import type { Reply } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { jpegInfo } from '../media/jpeg.js'
import { irisCaps } from '../profiles/caps-bio.js'
import { irisKey } from '../state/data.js'
import { idList, optInt, optStr } from '../state/fields.js'
import { readEmployeeNo } from '../state/person-fields.js'
import { pageBody, pageCond } from '../state/search.js'

function readRecord(ctx: Ctx): { o: Obj; pics: Buffer[] } {
  const boundary = /multipart\/form-data/i.test(ctx.contentType)
    ? boundaryOf(ctx.contentType)
    : null
  if (!boundary) return { o: jsonRoot(ctx, 'IrisInfo'), pics: [] }
  const parts = parseMultipart(ctx.body, boundary)
  if (!parts) fail('badParameters', 'multipart')
  const jp = parts.find((p) => p.name === 'IrisInfo' || /json/i.test(p.contentType ?? ''))
  if (!jp) fail('MessageParametersLack', 'IrisInfo')
  let doc: unknown
  try {
    doc = JSON.parse(jp.body.toString('utf8'))
  } catch {
    return fail('badJsonFormat', 'badJsonFormat', 400)
  }
  if (!isObj(doc) || !isObj(doc.IrisInfo)) fail('MessageParametersLack', 'IrisInfo')
  const pics = parts.filter((p) => p !== jp && p.body.length > 0).map((p) => p.body)
  for (const pic of pics) if (!jpegInfo(pic)) fail('pictureCheckFailed', 'irisPic', 400)
  return { o: doc.IrisInfo, pics }
}

function save(ctx: Ctx, mode: 'record' | 'setup' | 'modify'): Reply {
  const d = ctx.dev
  const { o, pics } = readRecord(ctx)
  const employeeNo = readEmployeeNo(o, d.profile)
  if (!d.data.persons.has(employeeNo)) fail('employeeNoNotExist', 'employeeNo')
  const id = optInt(o, 'id', 1, d.profile.capacity.irisesPerPerson) ?? 1
  const key = irisKey(employeeNo, id)
  const existing = d.data.irises.get(key)
  if (mode === 'record' && existing) fail('badParameters', 'id')
  if (mode === 'modify' && !existing) fail('noRecord', 'id')
  const irisData =
    optStr(o, 'irisData', 2048, 1) ??
    (pics[0] ? pics[0].subarray(0, 96).toString('base64') : existing?.irisData)
  if (!irisData) fail('MessageParametersLack', 'irisData')
  if (!existing && (d.faults.spec.memoryFull || d.data.irises.size >= d.profile.capacity.irises))
    fail('noMemory', 'maxRecordNum', 400)
  d.data.irises.set(key, {
    employeeNo,
    id,
    irisData,
    picture: pics[0] ?? existing?.picture ?? Buffer.alloc(0),
  })
  d.changed()
  return okJson()
}

async function captureProgress(ctx: Ctx): Promise<Reply> {
  const d = ctx.dev
  const s = d.sessions.get('iris')
  if (!s) return json({ IrisCaptureProgress: { captureProgress: 0, isCurRequestOver: true } })
  let p = d.capture.take('iris')
  if (!p && d.capture.auto && Date.now() - s.started >= d.capture.auto.delayMs) p = { kind: 'iris' }
  if (!p || p.none) {
    if (p?.none || Date.now() - s.started > d.timing.captureTimeoutMs) {
      d.sessions.delete('iris')
      fail('captureTimeout', 'captureTimeout')
    }
    return json({ IrisCaptureProgress: { captureProgress: 0, isCurRequestOver: false } })
  }
  d.sessions.delete('iris')
  const seed = Math.floor(Math.random() * 10_000)
  const pics = p.irisJpeg ?? [await syntheticIris(seed), await syntheticIris(seed + 1)]
  const meta = {
    IrisCaptureProgress: { captureProgress: 100, isCurRequestOver: true, irisNum: pics.length },
  }
  const parts = [
    { name: 'IrisCaptureProgress', contentType: CT_JSON, body: cjson(meta) },
    ...pics.map((b, i) => ({
      name: `irisPic${i + 1}`,
      filename: `irisPic${i + 1}.jpg`,
      contentType: 'image/jpeg',
      body: b,
    })),
  ]
  return {
    status: 200,
    headers: {
      'MIME-Version': '1.0',
      'Content-Type': 'multipart/form-data; boundary=MIME_boundary',
    },
    body: encodeMultipart(parts),
  }
}

const I = 'iris' as const
const BODY = 2 * 1024 * 1024
export const irisRoutes: RouteDef[] = [
  {
    path: '/ISAPI/AccessControl/IrisInfo/capabilities',
    format: 'json',
    feature: I,
    GET: (ctx) => json(irisCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/AccessControl/IrisInfo/count',
    format: 'json',
    feature: I,
    GET: (ctx) => json({ IrisInfoCount: { irisNumber: ctx.dev.data.irises.size } }),
  },
  {
    path: '/ISAPI/AccessControl/IrisInfo/search',
    format: 'json',
    feature: I,
    getIs404: true,
    rights: { POST: 'read' },
    POST: (ctx) => {
      const cond = jsonRoot(ctx, 'IrisInfoSearchCond')
      const { searchID, position, max } = pageCond(cond)
      const emps = idList(cond, 'EmployeeNoList', 'employeeNo', 30, 32)
      const all = [...ctx.dev.data.irises.values()].filter(
        (r) => !emps || emps.includes(r.employeeNo),
      )
      return json({
        IrisInfoSearch: pageBody(
          ctx.dev.searches.page('iris', () => all, searchID, position, max),
          'IrisInfo',
          (r) => ({ employeeNo: r.employeeNo, id: r.id, irisData: r.irisData }),
        ),
      })
    },
  },
  {
    path: '/ISAPI/AccessControl/IrisInfo/record',
    format: 'json',
    feature: I,
    maxBody: BODY,
    POST: (ctx) => save(ctx, 'record'),
  },
  {
    path: '/ISAPI/AccessControl/IrisInfo/setup',
    format: 'json',
    feature: I,
    maxBody: BODY,
    PUT: (ctx) => save(ctx, 'setup'),
  },
  {
    path: '/ISAPI/AccessControl/IrisInfo/modify',
    format: 'json',
    feature: I,
    maxBody: BODY,
    PUT: (ctx) => save(ctx, 'modify'),
  },
  {
    path: '/ISAPI/AccessControl/IrisInfo/delete',
    format: 'json',
    feature: I,
    PUT: (ctx) => {
      const cond = jsonRoot(ctx, 'IrisInfoDelCond')
      const emps = idList(cond, 'EmployeeNoList', 'employeeNo', 30, 32)
      for (const [k, r] of ctx.dev.data.irises)
        if (!emps || emps.includes(r.employeeNo)) ctx.dev.data.irises.delete(k)
      ctx.dev.changed()
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/captureIrisData',
    format: 'json',
    feature: 'captureIris',
    rights: { POST: 'control' },
    POST: (ctx) => {
      if (ctx.dev.capture.activeKind) fail('deviceBusy', 'deviceBusy')
      ctx.dev.sessions.set('iris', { started: Date.now(), result: null })
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/captureIrisData/progress',
    format: 'json',
    feature: 'captureIris',
    rights: { GET: 'control' },
    GET: captureProgress,
  },
]
