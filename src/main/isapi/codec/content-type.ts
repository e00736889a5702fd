export interface ContentType {
  /** Lower-cased media type, e.g. `multipart/mixed`. Empty when absent. */
  type: string
  params: Record<string, string>
}

/** Parses a Content-Type header value; tolerates quotes, stray spaces and missing parts. */
export function parseContentType(value: string | undefined): ContentType {
  if (!value) return { type: '', params: {} }
  const [head, ...rest] = splitParams(value)
  const params: Record<string, string> = {}
  for (const p of rest) {
    const eq = p.indexOf('=')
    if (eq < 0) continue
    const k = p.slice(0, eq).trim().toLowerCase()
    let v = p.slice(eq + 1).trim()
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"'))
      v = v.slice(1, -1).replace(/\\(.)/g, '$1')
    if (k) params[k] = v
  }
  return { type: (head ?? '').trim().toLowerCase(), params }
}

function splitParams(value: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!
    if (c === '"' && value[i - 1] !== '\\') quoted = !quoted
    if (c === ';' && !quoted) {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out
}

export type BodyKind = 'json' | 'xml' | 'html' | 'multipart' | 'binary' | 'text' | 'empty'

/**
 * What a body really is. Devices send XML labelled text/html, JSON labelled text/plain and
 * HTML error pages labelled application/xml, so the first bytes decide for text bodies.
 */
export function sniffBody(contentType: string, head: string): BodyKind {
  const semi = contentType.indexOf(';')
  const type = (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase()
  if (type.startsWith('multipart/')) return 'multipart'
  if (type.startsWith('image/') || type === 'application/octet-stream') return 'binary'
  const t = head.trimStart()
  if (t === '') return 'empty'
  const c = t[0]
  if (c === '{' || c === '[') return 'json'
  if (c === '<') {
    const low = t.slice(0, 64).toLowerCase()
    if (
      low.startsWith('<!doctype html') ||
      low.startsWith('<html') ||
      low.startsWith('<head') ||
      low.startsWith('<body')
    )
      return 'html'
    return 'xml'
  }
  return 'text'
}
