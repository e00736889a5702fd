// A SADP ProbeMatch (one terminal's answer to a discovery probe) read into a typed value.
// Anything that is not a ProbeMatch for our probe, or lacks the address and serial number, is
// refused (null): a LAN carries other tools' probes and broken senders.
import { bool, int, str } from '../codec/read'
import { parseXml } from '../codec/xml'

export interface SadpTerminal {
  model: string
  serialNumber: string
  /** IPv4 address the terminal reports. */
  address: string
  httpPort: number
  /** Upper case, colon separated (44:19:B6:…). */
  mac: string
  firmware: string
  activated: boolean
  dhcp: boolean
  subnetMask: string
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

/** The probe datagram (UTF-8 XML). */
export function probeDocument(uuid: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><Probe><Uuid>${uuid}</Uuid><Types>inquiry</Types></Probe>`
}

/** One answer; null when it is not a well-formed ProbeMatch answering `uuid`. */
export function parseProbeMatch(datagram: Buffer, uuid: string): SadpTerminal | null {
  let doc
  try {
    doc = parseXml(datagram.toString('utf8'))
  } catch {
    return null
  }
  if (doc.root !== 'ProbeMatch') return null
  const b = doc.body
  if ((str(b.Uuid) ?? '').trim().toUpperCase() !== uuid.toUpperCase()) return null
  const address = (str(b.IPv4Address) ?? '').trim()
  const ip = IPV4.exec(address)
  if (!ip || ip.slice(1).some((n) => Number(n) > 255)) return null
  const serialNumber = (str(b.DeviceSN) ?? '').trim()
  if (!serialNumber) return null
  const httpPort = int(b.HttpPort) ?? 80
  if (httpPort < 1 || httpPort > 65535) return null
  const mac = (str(b.MAC) ?? '').trim().replace(/-/g, ':').toUpperCase()
  return {
    model: (str(b.DeviceDescription) ?? str(b.DeviceType) ?? '').trim(),
    serialNumber,
    address,
    httpPort,
    mac: /^([0-9A-F]{2}:){5}[0-9A-F]{2}$/.test(mac) ? mac : '',
    firmware: (str(b.SoftwareVersion) ?? '').trim(),
    activated: bool(b.Activated) ?? true,
    dhcp: bool(b.DHCP) ?? false,
    subnetMask: (str(b.IPv4SubnetMask) ?? '').trim(),
  }
}
