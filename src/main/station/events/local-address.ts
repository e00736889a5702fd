import { createSocket } from 'node:dgram'
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

const isLoopback = (a: string): boolean => /^127\./.test(a) || a === '::1'

/** The device host's addresses (an IP literal as is; a name resolved). */
export async function addressesOf(host: string): Promise<string[]> {
  if (isIP(host)) return [host.toLowerCase()]
  try {
    return (await lookup(host, { all: true })).map((a) => a.address.toLowerCase())
  } catch {
    return []
  }
}

/** The local IPv4 address packets to `host` leave from (no packet is sent). */
function routeFrom(host: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4')
    socket.on('error', () => {
      socket.close()
      resolve(null)
    })
    socket.connect(9, host, () => {
      const address = socket.address().address
      socket.close()
      resolve(address)
    })
  })
}

/**
 * The address a terminal should post to, or null when the listening server cannot be reached
 * from it (a LAN terminal while the server listens on loopback only).
 */
export async function addressForDevice(
  host: string,
  listenAddress: string,
): Promise<string | null> {
  const addrs = (await addressesOf(host)).filter((a) => isIP(a) === 4)
  const first = addrs[0]
  if (!first) return null
  if (isLoopback(first)) return '127.0.0.1'
  if (listenAddress !== '0.0.0.0') return null
  return routeFrom(first)
}

export { isLoopback }
