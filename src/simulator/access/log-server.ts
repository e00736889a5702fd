// The terminal's log server (guide 21.4.2, LogServer document): while it is enabled, every
// event the terminal logs is also sent as one syslog line (RFC 5424 framing, facility local0)
// over UDP — or TCP, one line per message — to the configured address and port. TLS is offered
// in the capabilities but the simulator does not speak it: nothing is sent then.
import { createSocket, type Socket } from 'node:dgram'
import { connect } from 'node:net'
import type { SimDevice } from '../device.js'
import type { EventRec } from '../state/model.js'

interface LogServerDoc {
  enabled?: unknown
  addressingFormatType?: unknown
  ipAddress?: unknown
  hostName?: unknown
  portNo?: unknown
  transmissionProtocol?: unknown
}

const sockets = new WeakMap<SimDevice, Socket>()

function udpSocket(dev: SimDevice): Socket {
  let s = sockets.get(dev)
  if (!s) {
    s = createSocket('udp4')
    s.unref()
    s.on('error', () => undefined)
    sockets.set(dev, s)
    const socket = s
    dev.shutdownHooks.add(() => {
      socket.close()
      sockets.delete(dev)
    })
  }
  return s
}

/** One syslog line for an event: `<PRI>1 TIMESTAMP HOST APP - - - major=… minor=… fields`. */
export function syslogLine(dev: SimDevice, rec: EventRec): string {
  const pri = 16 * 8 + (rec.major === 1 || rec.major === 2 ? 4 : 6)
  const fields = Object.entries(rec.fields)
    .filter(([, v]) => typeof v !== 'object')
    .map(([k, v]) => `${k}=${String(v)}`)
  return [
    `<${pri}>1`,
    dev.iso(rec.at),
    dev.serialNumber,
    'acs',
    '-',
    String(rec.serialNo),
    '-',
    [`major=${rec.major}`, `minor=${rec.minor}`, ...fields].join(' '),
  ].join(' ')
}

export function forwardToLogServer(dev: SimDevice, rec: EventRec): void {
  const doc = dev.data.docs['LogServer/0'] as LogServerDoc | undefined
  if (!doc || String(doc.enabled) !== 'true') return
  const host = String(
    doc.addressingFormatType === 'hostname' ? (doc.hostName ?? '') : (doc.ipAddress ?? ''),
  )
  const port = Number(doc.portNo)
  if (!host || !Number.isInteger(port) || port < 1 || port > 65535) return
  const line = syslogLine(dev, rec)
  if (doc.transmissionProtocol === 'TCP') {
    const c = connect({ host, port }, () => c.end(`${line}\n`))
    c.on('error', () => undefined)
    c.unref()
  } else if (doc.transmissionProtocol !== 'TLS') udpSocket(dev).send(line, port, host)
}
