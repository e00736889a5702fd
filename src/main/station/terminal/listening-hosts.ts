// Adding and replacing listening hosts (contract/listening-hosts.ts, registered by
// terminal/feature.ts as listening.addHost / listening.replaceHosts). Both check against
// the terminal's slots before sending (no free slot, more hosts than slots: refused, nothing
// sent), never touch the station's own slot, and read the slots back afterwards.
import { codedFailure } from '@shared/coded-failure'
import type { ListeningHostInput } from '@shared/listening-host-url'
import type { ListeningSlotView } from '@shared/contract/terminal'
import type { HttpHost } from '../../isapi'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { listeningSlotsService } from './listening-slots'

const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}$/

function toHost(h: ListeningHostInput): Omit<HttpHost, 'id'> {
  const ip = IPV4.test(h.address)
  return {
    url: h.path,
    protocolType: h.protocol,
    parameterFormatType: 'XML',
    addressingFormatType: ip ? 'ipaddress' : 'hostname',
    ...(ip ? { ipAddress: h.address } : { hostName: h.address }),
    portNo: h.port,
    httpAuthenticationMethod: 'none',
  }
}

const EMPTY: Omit<HttpHost, 'id'> = {
  url: '',
  protocolType: 'HTTP',
  parameterFormatType: 'XML',
  addressingFormatType: 'ipaddress',
  ipAddress: '0.0.0.0',
  portNo: 80,
  httpAuthenticationMethod: 'none',
}

export function listeningHostsService(ctx: StationContext, devices: DeviceService) {
  const call = devices.call
  const slots = listeningSlotsService(devices, call)
  const audit = (action: string, deviceId: string, details: Record<string, unknown>) =>
    ctx.audit(action, `device:${deviceId}`, details)

  async function addHost(id: string, input: ListeningHostInput): Promise<ListeningSlotView[]> {
    const before = await slots.slots(id)
    if (!before.some((s) => s.state === 'free'))
      throw codedFailure(
        'CAPACITY_FULL',
        'listeningNoFreeHostSlot',
        { terminal: devices.record(id).name, slots: before.length },
        { slots: before.length },
      )
    await call(id, (c) => c.httpHosts.add(toHost(input)))
    const after = await slots.slots(id)
    audit('listening.addHost', id, { host: `${input.address}:${input.port}${input.path}` })
    return after
  }

  async function replaceHosts(
    id: string,
    inputs: ListeningHostInput[],
  ): Promise<ListeningSlotView[]> {
    const [before, current] = await Promise.all([
      slots.slots(id),
      call(id, (c) => c.httpHosts.list()),
    ])
    const ours = new Set(before.filter((s) => s.state === 'ours').map((s) => s.slot))
    const room = current.filter((h) => !ours.has(h.id)).length
    if (inputs.length > room)
      throw codedFailure(
        'OUT_OF_RANGE',
        'listeningTooManyHosts',
        { terminal: devices.record(id).name, room, given: inputs.length },
        { field: 'hosts', min: 0, max: room },
      )
    const queue = [...inputs]
    const next: HttpHost[] = current.map((h) => {
      if (ours.has(h.id)) return h
      const input = queue.shift()
      return { ...(input ? toHost(input) : EMPTY), id: h.id }
    })
    await call(id, (c) => c.httpHosts.setAll(next))
    const after = await slots.slots(id)
    audit('listening.replaceHosts', id, {
      hosts: inputs.map((h) => `${h.address}:${h.port}${h.path}`),
    })
    return after
  }

  return { addHost, replaceHosts }
}
