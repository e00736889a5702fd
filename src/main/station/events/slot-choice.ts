// Which httpHosts slot the station may use. Policy: a slot already pointing at this station
// (its path starts with this station's path for the device) is reused, even after the listening
// port moved;
// otherwise only an empty slot (no address, 0.0.0.0, no host name) is taken, HTTP slots before
// EHome ones; a slot pointing anywhere else belongs to another platform and is never touched.
import type { HttpHost } from '../../isapi'

export interface Target {
  address: string
  port: number
  url: string
  /** Path prefix of every URL the station ever gave this device (its own slot, whatever token). */
  prefix: string
}

export type SlotChoice =
  { kind: 'ours' | 'free'; host: HttpHost } | { kind: 'none'; taken: string[] }

const EMPTY_IPS = new Set(['', '0.0.0.0', '::', '0:0:0:0:0:0:0:0'])

export function pointsAt(h: HttpHost): string | null {
  const addr = h.addressingFormatType === 'hostname' ? h.hostName : h.ipAddress
  if (!addr || EMPTY_IPS.has(addr)) return null
  return `${addr}:${h.portNo}${h.url}`
}

/** Our path names this station's own device id: a slot with it is ours even if the port moved. */
export function isOurs(h: HttpHost, t: Target): boolean {
  return h.url.startsWith(t.prefix)
}

/** Points exactly where the station listens now. */
export function isCurrent(h: HttpHost, t: Target): boolean {
  return h.url === t.url && h.ipAddress === t.address && h.portNo === t.port
}

export function chooseSlot(hosts: HttpHost[], t: Target): SlotChoice {
  const ours = hosts.find((h) => isOurs(h, t))
  if (ours) return { kind: 'ours', host: ours }
  const free = hosts.filter((h) => pointsAt(h) === null)
  const pick = free.find((h) => h.protocolType !== 'EHome') ?? free[0]
  if (pick) return { kind: 'free', host: pick }
  return { kind: 'none', taken: hosts.map((h) => `slot ${h.id} → ${pointsAt(h) ?? '?'}`) }
}

/** The slot as the station writes it: JSON events with pictures, resent after a network break. */
export function ourHost(id: string, t: Target): HttpHost {
  return {
    id,
    url: t.url,
    protocolType: 'HTTP',
    parameterFormatType: 'JSON',
    addressingFormatType: 'ipaddress',
    ipAddress: t.address,
    portNo: t.port,
    httpAuthenticationMethod: 'none',
    uploadImagesDataType: 'binary',
    eventMode: 'all',
    httpBroken: true,
  }
}
