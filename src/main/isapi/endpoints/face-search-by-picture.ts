// Search a face library by picture: the terminal used as a face comparison engine.
// POST /ISAPI/Intelligent/FDLib/searchByPic?format=json, the picture sent in the request as
// multipart/form-data: a JSON part (the guide names it "") then the JPEG ("Picture_Name",
// image/jpeg). The terminal answers flat JSON with MatchList[{FPID, FDID, similarity 0..1, …}].
// Offered when FDLib/capabilities says isSuportFSsearchByPic (sic; the guide's prose spells it
// isSuportFSSearchByPic). Reference and confidence: docs/protocol/03-fingerprint-face-iris.md §B.10.
import { bool, compact, int, isObj, list, num, str } from '../codec/read'
import { buildMultipart } from '../codec/multipart-builder'
import type { IsapiHttp } from '../http/isapi-http'
import { jsonFlat, type CallOptions } from './common'
import { faceCapabilities } from './faces'

const PATH = '/ISAPI/Intelligent/FDLib/searchByPic?format=json'

export interface PictureSearch {
  jpeg: Uint8Array
  /** Library to search; the persons' library (FDID "1") when omitted. */
  FDID?: string
  /** Lowest similarity (0..1) the terminal should list. */
  minSimilarity?: number
  maxResults?: number
}

export interface PictureMatch {
  FPID: string
  FDID?: string
  /** 0..1 as the terminal scores it. */
  similarity: number
  name?: string
}

export interface PictureSearchResult {
  matches: PictureMatch[]
  totalMatches: number
}

/** Whether the FDLib capabilities offer searching by picture (both spellings). */
export async function searchByPictureOffered(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<boolean> {
  const caps = await faceCapabilities(http, o)
  return bool(caps.isSuportFSsearchByPic ?? caps.isSuportFSSearchByPic) === true
}

/** One search; the matches best first. */
export async function searchByPicture(
  http: IsapiHttp,
  q: PictureSearch,
  o: CallOptions = {},
): Promise<PictureSearchResult> {
  const cond = compact({
    searchResultPosition: 0,
    maxResults: q.maxResults ?? 30,
    modelMaxNum: q.maxResults ?? 30,
    dataType: 'binary',
    FDLib: [{ FDID: q.FDID ?? '1' }],
    minSimilarity: q.minSimilarity ?? 0,
    maxSimilarity: 1,
  })
  const m = buildMultipart([
    { name: '', contentType: 'application/json', body: JSON.stringify(cond) },
    { name: 'Picture_Name', contentType: 'image/jpeg', body: q.jpeg },
  ])
  const a = await http.raw('POST', PATH, m.body, m.contentType, {
    headersTimeoutMs: 30_000,
    ...o,
  })
  const r = jsonFlat(http, http.decode(a, 'POST', PATH), 'POST', PATH)
  const matches = list(r.MatchList)
    .filter(isObj)
    .flatMap((x): PictureMatch[] => {
      const FPID = str(x.FPID)
      const similarity = num(x.similarity)
      if (!FPID || similarity === undefined) return []
      return [compact({ FPID, FDID: str(x.FDID), similarity, name: str(x.name) })]
    })
    .sort((a, b) => b.similarity - a.similarity)
  return { matches, totalMatches: int(r.totalMatches) ?? matches.length }
}
