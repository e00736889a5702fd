// Browser mode listens on loopback, but any page in any local browser can open a WebSocket to
// 127.0.0.1. Two locks keep other pages out: a random per-launch token in the socket URL, and
// the Origin header, which browsers always send and pages cannot forge.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { networkInterfaces } from 'node:os'

export const newToken = (): string => randomBytes(24).toString('base64url')

export function tokenMatches(expected: string, given: string | null): boolean {
  if (!given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

export const isWildcard = (host: string): boolean => host === '0.0.0.0' || host === '::'

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host.startsWith('127.')

/** Reachable from other machines: every address but loopback. */
export const exposedToNetwork = (host: string): boolean => !isLoopback(host)

/** The host names a browser can reach the station by (a wildcard: every IPv4 of this machine). */
export function servedHosts(host: string): string[] {
  const hosts = new Set(['127.0.0.1', 'localhost'])
  if (!isWildcard(host)) hosts.add(host)
  else
    for (const list of Object.values(networkInterfaces()))
      for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) hosts.add(a.address)
  return [...hosts]
}

export function allowedOrigins(host: string, port: number): Set<string> {
  return new Set(servedHosts(host).map((h) => `http://${h}:${port}`))
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
