// A listening host typed as a URL (http://10.0.0.5:8080/events) ↔ the fields a terminal's
// httpHosts slot holds. Shared by the UI and the CLI so both accept the same text.
export interface ListeningHostInput {
  protocol: 'HTTP' | 'HTTPS'
  /** An IPv4 address or a host name. */
  address: string
  port: number
  /** Absolute path on the host. */
  path: string
}

/** The host, or null when the text is not an http(s) URL with a host. */
export function parseListeningHostUrl(text: string): ListeningHostInput | null {
  let u: URL
  try {
    u = new URL(text.trim())
  } catch {
    return null
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null
  if (!u.hostname || u.username || u.password) return null
  const https = u.protocol === 'https:'
  return {
    protocol: https ? 'HTTPS' : 'HTTP',
    address: u.hostname,
    port: u.port ? Number(u.port) : https ? 443 : 80,
    path: `${u.pathname}${u.search}`,
  }
}
