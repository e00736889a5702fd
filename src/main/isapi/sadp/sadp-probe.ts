// SADP discovery: one probe to UDP 37020 (multicast group 239.255.255.250 on a LAN), then every
// answer until the time is up. Where the probe goes is injected: tests send it to the
// simulator's loopback port, never to the LAN. Terminals answer to the group on a LAN, so the
// multicast probe listens on 37020 and joins the group; a probe to one address (unicast, as the
// simulator answers) listens on any free port. Malformed answers are counted, never thrown.
import { randomUUID } from 'node:crypto'
import { createSocket } from 'node:dgram'
import { parseProbeMatch, probeDocument, type SadpTerminal } from './sadp-answer'

export const SADP_GROUP = '239.255.255.250'
export const SADP_PORT = 37020

export interface SadpTarget {
  /** Where the probe is sent (the multicast group by default). */
  address: string
  port: number
}

export const LAN_SADP: SadpTarget = { address: SADP_GROUP, port: SADP_PORT }

export interface SadpResult {
  terminals: SadpTerminal[]
  /** Datagrams that were not a ProbeMatch for this probe. */
  malformed: number
}

export async function sadpProbe(
  target: SadpTarget,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<SadpResult> {
  const uuid = randomUUID().toUpperCase()
  const multicast = target.address === SADP_GROUP
  const socket = createSocket({ type: 'udp4', reuseAddr: multicast })
  const found = new Map<string, SadpTerminal>()
  let malformed = 0
  socket.on('message', (msg) => {
    const t = parseProbeMatch(msg, uuid)
    if (t) found.set(`${t.serialNumber}|${t.address}|${t.httpPort}`, t)
    else if (!msg.toString('utf8').includes('<Probe>')) malformed++ // our own probe looped back
  })
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject)
      socket.bind(multicast ? SADP_PORT : 0, () => {
        socket.off('error', reject)
        resolve()
      })
    })
    if (multicast) socket.addMembership(SADP_GROUP)
    await new Promise<void>((resolve, reject) =>
      socket.send(probeDocument(uuid), target.port, target.address, (e) =>
        e ? reject(e) : resolve(),
      ),
    )
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs)
      signal?.addEventListener('abort', () => {
        clearTimeout(timer)
        resolve()
      })
    })
  } finally {
    socket.removeAllListeners('message')
    await new Promise<void>((resolve) => {
      try {
        socket.close(() => resolve())
      } catch {
        resolve()
      }
    })
  }
  return {
    terminals: [...found.values()].sort(
      (a, b) => a.address.localeCompare(b.address) || a.httpPort - b.httpPort,
    ),
    malformed,
  }
}

/** "127.0.0.1:40123" or "239.255.255.250" → a target; null when malformed. */
export function parseSadpTarget(text: string): SadpTarget | null {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})(?::(\d{1,5}))?$/.exec(text.trim())
  if (!m) return null
  const port = m[2] ? Number(m[2]) : SADP_PORT
  return port >= 1 && port <= 65535 ? { address: m[1]!, port } : null
}
