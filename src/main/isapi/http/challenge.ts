// WWW-Authenticate parsing for every form seen on terminals: several challenges in one header
// or in several headers, quoted or bare values, escaped quotes, `domain="::"`, empty opaque,
// realm as a model name, `IP Camera(83813)` or a hex id (copied verbatim, case kept).

export interface Challenge {
  /** Lower-cased scheme: `digest`, `basic`, … */
  scheme: string
  /** Parameter names lower-cased; values unquoted, verbatim. */
  params: Record<string, string>
}

export interface DigestChallenge {
  realm: string
  nonce: string
  qop?: string[]
  algorithm: string
  /** The challenge named the algorithm (then the answer names it too). */
  algorithmExplicit: boolean
  opaque?: string
  stale: boolean
  domain?: string
}

const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/

/** All challenges in one or more WWW-Authenticate header values. */
export function parseChallenges(headers: string | string[] | undefined): Challenge[] {
  if (headers === undefined) return []
  const values = Array.isArray(headers) ? headers : [headers]
  const out: Challenge[] = []
  for (const v of values) out.push(...parseOne(v))
  return out
}

function parseOne(input: string): Challenge[] {
  const out: Challenge[] = []
  let i = 0
  const n = input.length
  const skipWs = (): void => {
    while (
      i < n &&
      (input[i] === ' ' ||
        input[i] === '\t' ||
        input[i] === ',' ||
        input[i] === '\r' ||
        input[i] === '\n')
    )
      i++
  }
  const readToken = (): string => {
    const s = i
    while (i < n && TOKEN.test(input[i]!)) i++
    return input.slice(s, i)
  }
  let current: Challenge | undefined
  while (i < n) {
    skipWs()
    if (i >= n) break
    const start = i
    const tok = readToken()
    if (tok === '') {
      i++ // stray character
      continue
    }
    let j = i
    while (j < n && (input[j] === ' ' || input[j] === '\t')) j++
    if (input[j] === '=' && current) {
      // auth-param (token68 values with trailing '=' are not used by terminals)
      i = j + 1
      while (i < n && (input[i] === ' ' || input[i] === '\t')) i++
      let value: string
      if (input[i] === '"') {
        i++
        let v = ''
        while (i < n && input[i] !== '"') {
          if (input[i] === '\\' && i + 1 < n) i++
          v += input[i]
          i++
        }
        i++ // closing quote
        value = v
      } else {
        const s = i
        while (i < n && input[i] !== ',') i++
        value = input.slice(s, i).trim()
      }
      current.params[tok.toLowerCase()] = value
    } else if (input[j] === '=' && !current) {
      i = j + 1
    } else {
      current = { scheme: tok.toLowerCase(), params: {} }
      out.push(current)
      if (i === start) i++
    }
  }
  return out
}

/** The Digest challenge among several, with defaults applied (algorithm MD5). */
export function digestChallenge(challenges: Challenge[]): DigestChallenge | undefined {
  const c = challenges.find((x) => x.scheme === 'digest' && x.params.nonce !== undefined)
  if (!c) return undefined
  const p = c.params
  const d: DigestChallenge = {
    realm: p.realm ?? '',
    nonce: p.nonce!,
    algorithm: (p.algorithm ?? 'MD5').toUpperCase(),
    algorithmExplicit: p.algorithm !== undefined,
    stale: (p.stale ?? '').toLowerCase() === 'true',
  }
  if (p.qop !== undefined)
    d.qop = p.qop
      .split(',')
      .map((q) => q.trim().toLowerCase())
      .filter(Boolean)
  if (p.opaque !== undefined) d.opaque = p.opaque
  if (p.domain !== undefined) d.domain = p.domain
  return d
}

export function offersBasic(challenges: Challenge[]): boolean {
  return challenges.some((c) => c.scheme === 'basic')
}
