// Browser mode listens on loopback, but any page in any local browser can open a WebSocket to
// 127.0.0.1. Two locks keep other pages out: a random per-launch token in the socket URL, and
// the Origin header, which browsers always send and pages cannot forge.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const newToken = (): string => randomBytes(24).toString('base64url')

export function tokenMatches(expected: string, given: string | null): boolean {
  if (!given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function allowedOrigins(host: string, port: number): Set<string> {
  const hosts = new Set([host, '127.0.0.1', 'localhost'])
  if (host === '0.0.0.0' || host === '::') hosts.delete(host)
  return new Set([...hosts].map((h) => `http://${h}:${port}`))
}

export type UpgradeVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string }

export function checkUpgrade(
  req: IncomingMessage,
  token: string,
  origins: Set<string>,
): UpgradeVerdict {
  const url = new URL(req.url ?? '/', 'http://station.invalid')
  if (url.pathname !== '/ws') return { ok: false, status: 403, reason: 'unknown socket path' }
  if (!tokenMatches(token, url.searchParams.get('token')))
    return { ok: false, status: 401, reason: 'missing or wrong token' }
  const origin = req.headers.origin
  if (origin !== undefined && !origins.has(origin))
    return { ok: false, status: 403, reason: `origin ${origin} is not allowed` }
  return { ok: true }
}
