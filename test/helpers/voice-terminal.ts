// One simulated face terminal that speaks (voice prompts), added to a test station, holding one
// person with one card: what a voice-prompt test swipes to hear what the terminal says.
import { startFleet, type Fleet } from '../../src/simulator'
import type { IsapiClient } from '../../src/main/isapi/index'
import type { Device } from '@shared/model'
import { client, valid } from '../integration/isapi/helpers'
import { value } from './result'
import { addSimulated, testStation, type TestStation } from './station'

export interface VoiceTerminal {
  fleet: Fleet
  t: TestStation
  /** A client of the terminal itself, for reads the station does not make. */
  c: IsapiClient
  deviceId: string
}

export async function voiceTerminal(person: {
  employeeNo: string
  name: string
  cardNo: string
}): Promise<VoiceTerminal> {
  const fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  const t = testStation()
  const deviceId = value<Device>(await addSimulated(t.station, fleet.devices[0]!, 'Lobby')).id
  const c = client(fleet.devices[0]!)
  await c.persons.upsert({
    employeeNo: person.employeeNo,
    name: person.name,
    userType: 'normal',
    valid,
    doorRight: '1',
    rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
  })
  await c.cards.upsert({ employeeNo: person.employeeNo, cardNo: person.cardNo })
  return { fleet, t, c, deviceId }
}
