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

/** JSON.parse that keeps identifier fields as strings and never returns a bare primitive silently. */
export function parseJson(textIn: string): unknown {
  let t = textIn.charCodeAt(0) === 0xfeff ? textIn.slice(1) : textIn
  if (QUICK_RE.test(t)) t = t.replace(STRING_KEY_RE, '"$1"$2:$3"$4"')
  try {
    return JSON.parse(t) as unknown
  } catch (e) {
    throw new JsonSyntaxError(`invalid JSON: ${(e as Error).message}`)
  }
}

export function buildJson(value: unknown): string {
  return JSON.stringify(value)
}
