// FDLib/searchByPic: search face libraries by picture, the terminal as a comparison engine.
// Multipart (a JSON part, then the picture) or JSON with dataType URL and faceURL. The simulator
// compares by its own stand-in (media/face-likeness.ts); a model (dataType modelData) it cannot
// compute, so that mode is refused as a terminal without it would refuse it. Only on profiles
// with the faceSearchByPicture feature (FDLib capabilities say isSuportFSsearchByPic).
import { isObj, jsonFlat } from '../http/body.js'
import type { Obj } from '../http/body.js'
import { fail } from '../http/errors.js'
import { boundaryOf, parseMultipart } from '../http/multipart.js'
import { json, jsonStatusBody } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { checkFaceCount } from '../media/face-count.js'
import { checkFacePicture, downloadFace } from '../media/face-input.js'
import { likeness, likenessSignature } from '../media/face-likeness.js'
import { optArr, optEnum, optInt, optStr, reqStr } from '../state/fields.js'
import { faceUrl } from '../state/ops.js'
import { paginate } from '../state/search.js'

interface Query {
  cond: Obj
  jpeg: Buffer
}

function parseCond(text: string): Obj {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    return fail('badJsonFormat', 'badJsonFormat', 400)
  }
  if (!isObj(v)) fail('badJsonContent', 'searchByPic')
  return v
}

async function readQuery(ctx: Ctx): Promise<Query> {
  const boundary = /multipart\/form-data/i.test(ctx.contentType)
    ? boundaryOf(ctx.contentType)
    : null
  if (boundary) {
    const parts = parseMultipart(ctx.body, boundary)
    if (!parts || parts.length < 2) fail('MessageParametersLack', 'Picture_Name')
    const jsonPart = parts.find((p) => /json/i.test(p.contentType ?? '')) ?? parts[0]!
    const picture = parts.find((p) => p !== jsonPart && p.body.length > 0)
    if (!picture) fail('MessageParametersLack', 'Picture_Name')
    return { cond: parseCond(jsonPart.body.toString('utf8')), jpeg: picture.body }
  }
  const cond = jsonFlat(ctx)
  const dataType = optEnum(cond, 'dataType', ['URL', 'binary', 'modelData'])
  if (dataType === 'modelData') fail('notSupport', 'dataType')
  return { cond, jpeg: await downloadFace(reqStr(cond, 'faceURL', 1, 256)) }
}

function similarityBound(cond: Obj, key: string, fallback: number): number {
  const v = cond[key]
  if (v === undefined) return fallback
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail('badParameters', key)
  return v
}

async function searchByPic(ctx: Ctx): Promise<ReturnType<typeof json>> {
  const { cond, jpeg } = await readQuery(ctx)
  const max = optInt(cond, 'maxResults', 1, 1000) ?? 30
  const pos = optInt(cond, 'searchResultPosition', 0, 2_000_000_000) ?? 0
  const min = similarityBound(cond, 'minSimilarity', 0)
  const top = similarityBound(cond, 'maxSimilarity', 1)
  const wanted = (optArr(cond, 'FDLib', 16) ?? [{ FDID: '1' }]).map((l) => {
    if (!isObj(l)) return fail('badParameters', 'FDLib')
    return reqStr(l, 'FDID', 1, 63)
  })
  const libs = ctx.dev.data.faceLibs.filter(
    (l) => wanted.includes(l.FDID) && l.faceLibType !== 'infraredFD',
  )
  if (libs.length !== wanted.length) fail('libraryNotExist', 'FDID')
  checkFacePicture(ctx.dev, jpeg)
  await checkFaceCount(jpeg)
  const target = await likenessSignature(jpeg)
  const scored = []
  for (const f of ctx.dev.data.faces.values()) {
    if (!libs.some((l) => l.FDID === f.FDID && l.faceLibType === f.faceLibType)) continue
    const similarity = likeness(target, await likenessSignature(f.jpeg))
    if (similarity >= min && similarity <= top) scored.push({ f, similarity })
  }
  scored.sort((a, b) => b.similarity - a.similarity || a.f.FPID.localeCompare(b.f.FPID))
  const page = paginate(scored, '', pos, Math.min(max, 100))
  const out: Obj = {
    ...jsonStatusBody('ok'),
    responseStatusStrg:
      page.responseStatusStrg === 'NO MATCH' ? 'NO MATCHES' : page.responseStatusStrg,
    numOfMatches: page.numOfMatches,
    totalMatches: page.totalMatches,
  }
  const taskID = optStr(cond, 'taskID', 64)
  if (taskID) out.taskID = taskID
  if (page.items.length > 0)
    out.MatchList = page.items.map(({ f, similarity }) => ({
      FPID: f.FPID,
      FDID: f.FDID,
      faceURL: faceUrl(ctx.dev, f),
      name: f.info.name ?? ctx.dev.data.persons.get(f.FPID)?.name ?? '',
      similarity,
    }))
  return json(out)
}

export const faceSearchRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Intelligent/FDLib/searchByPic',
    format: 'json',
    feature: 'faceSearchByPicture',
    maxBody: 2 * 1024 * 1024,
    getIs404: true,
    rights: { POST: 'read' },
    POST: searchByPic,
  },
]
