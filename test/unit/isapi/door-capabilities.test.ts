// Doors and door commands from a real door station's capability documents (DS-KV6124-E1).
import { expect, it } from 'vitest'
import { obj } from '../../../src/main/isapi/codec/read'
import { parseCapabilities } from '../../../src/main/isapi/endpoints/capabilities'
import { summariseCapabilities } from '../../../src/main/station/devices/capability-summary'
import { probePayload } from './fixtures'

const DIR = 'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0'

it('counts 2 doors and offers only the commands the terminal lists (no alwaysClose)', () => {
  const acs = obj(obj(probePayload(`${DIR}/access_capabilities.json`)).AccessControl)
  const remoteDoor = obj(obj(probePayload(`${DIR}/remote_capabilities.json`)).RemoteControlDoor)
  const caps = parseCapabilities(acs, { remoteDoor })
  expect(caps.door).toMatchObject({ count: 2, remoteControl: true, workStatus: true })
  const summary = summariseCapabilities(caps, undefined)
  expect(summary.doors).toBe(2)
  expect(summary.ops?.doorCommands).toEqual(['open', 'close', 'alwaysOpen'])
  // no DeviceCap read: nothing the system document would have to vouch for is offered
  expect(summary.ops).toMatchObject({ upgrade: false, backup: false, syncTime: false, log: false })
})
