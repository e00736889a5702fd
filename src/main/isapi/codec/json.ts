// JSON from devices: identifiers that must stay strings (employeeNo, cardNo, FPID…) are
// sometimes sent as bare numbers by older firmware; a bare number loses leading zeros and
// precision beyond 2^53 once JSON.parse has seen it, so those values are quoted first.

const STRING_KEYS = [
  'employeeNo',
  'employeeNoString',
  'cardNo',
  'FPID',
  'FDID',
  'searchID',
  'planTemplateNo',
  'belongGroup',
  'doorRight',
  'leaderCard',
  'password',
  'IDCardNo',
  'certificateNumber',
]
const STRING_KEY_RE = new RegExp(`"(${STRING_KEYS.join('|')})"(\\s*):(\\s*)(-?\\d[\\d.eE+-]*)`, 'g')
const QUICK_RE = new RegExp(`"(?:${STRING_KEYS.join('|')})"\\s*:\\s*-?\\d`)

export class JsonSyntaxError extends Error {}

/** Device documents nest a handful of levels; deeper is hostile (and costly to parse). */
export const JSON_MAX_DEPTH = 64

/** True when arrays/objects nest deeper than `max` (one linear pass; strings skipped). */
export function nestsDeeper(t: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}

/** JSON.parse that keeps identifier fields as strings and never returns a bare primitive silently. */
export function parseJson(textIn: string): unknown {
  let t = textIn.charCodeAt(0) === 0xfeff ? textIn.slice(1) : textIn
  if (nestsDeeper(t, JSON_MAX_DEPTH))
    throw new JsonSyntaxError(`invalid JSON: nested deeper than ${JSON_MAX_DEPTH} levels`)
  if (QUICK_RE.test(t)) t = t.replace(STRING_KEY_RE, '"$1"$2:$3"$4"')
  try {
    return JSON.parse(t) as unknown
  } catch (e) {
    throw new JsonSyntaxError(`invalid JSON: ${(e as Error).message}`)
  }
}
