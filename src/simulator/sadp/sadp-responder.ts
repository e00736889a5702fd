// SADP (Search Active Devices Protocol) as the terminals answer it: a UDP datagram
// `<Probe><Uuid>…</Uuid><Types>inquiry</Types></Probe>` arrives on port 37020 (multicast group
// 239.255.255.250 on a LAN); every terminal answers one `<ProbeMatch>` carrying the same Uuid,
// its model, serial number, MAC, IPv4 address, ports, firmware and whether it is activated.
// The simulator listens on a loopback UDP port only and answers the sender directly (a real
// terminal answers to the group); the wire document is the same. Independent of src/main.
import { createSocket, type Socket } from 'node:dgram'
import type { SimDevice } from '../device.js'

export interface SadpResponderOptions {
  host: string
  /** UDP port to listen on (0 = any free one). */
  port: number
  /** Answers that are not SADP documents, sent before the real ones (tests of a hostile LAN). */
  malformedAnswers?: number
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function probeUuid(text: string): string | null {
  if (!/<Probe>/.test(text) || !/<Types>\s*inquiry\s*<\/Types>/i.test(text)) return null
  const m = /<Uuid>([^<]{1,64})<\/Uuid>/.exec(text)
  return m ? m[1]!.trim() : null
}

/** The ProbeMatch one terminal sends for a probe (exported for the simulator's own tests). */
export function probeMatch(dev: SimDevice, uuid: string, httpPort: number): string {
  const p = dev.profile
  const fields: [string, string | number | boolean][] = [
    ['Uuid', uuid],
    ['Types', 'inquiry'],
    ['DeviceType', 'ACS'],
    ['DeviceDescription', p.model],
    ['DeviceSN', dev.serialNumber],
    ['CommandPort', 8000],
    ['HttpPort', httpPort],
    ['MAC', dev.macAddress.replace(/:/g, '-')],
    ['IPv4Address', dev.opts.host],
    ['IPv4SubnetMask', '255.0.0.0'],
    ['IPv4Gateway', '0.0.0.0'],
    ['DHCP', false],
    ['SoftwareVersion', `${dev.data.firmwareVersion}build 240528`],
    ['DSPVersion', 'V1.0.0'],
    ['Activated', dev.data.activated],
    ['PasswordResetAbility', true],
  ]
  return (
    '<?xml version="1.0" encoding="UTF-8"?><ProbeMatch>' +
    fields.map(([k, v]) => `<${k}>${esc(String(v))}</${k}>`).join('') +
    '</ProbeMatch>'
  )
}

/** Listens for probes and answers for every terminal of the fleet. */
export async function startSadpResponder(
  devices: () => { dev: SimDevice; httpPort: number }[],
  o: SadpResponderOptions,
): Promise<{ port: number; close(): Promise<void> }> {
  const socket: Socket = createSocket({ type: 'udp4' })
  socket.on('message', (msg, from) => {
    const uuid = probeUuid(msg.toString('utf8'))
    if (!uuid) return
    for (let i = 0; i < (o.malformedAnswers ?? 0); i++)
      socket.send(
        i % 2 === 0 ? '<ProbeMatch><Uuid>' : Buffer.from([0xff, 0x00, 0x13]),
        from.port,
        from.address,
      )
    for (const { dev, httpPort } of devices())
      socket.send(probeMatch(dev, uuid, httpPort), from.port, from.address)
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(o.port, o.host, () => {
      socket.off('error', reject)
      resolve()
    })
  })
  return {
    port: socket.address().port,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  }
}
