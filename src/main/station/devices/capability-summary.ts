import type { DeviceCapabilities } from '../../isapi'
import type { Obj } from '../../isapi/codec/read'
import { summariseTerminalOps } from './terminal-ops-summary'
import type { DeviceCapabilitySummary } from '@shared/model'

/** What the station offers for a terminal, from the client's parsed capability documents. */
export function summariseCapabilities(
  c: DeviceCapabilities,
  deviceCap?: Obj,
): DeviceCapabilitySummary {
  return {
    card: c.cards.supported,
    fingerprint: c.fingerprints.supported,
    face: c.faces.supported,
    iris: c.iris.supported,
    captureCard: c.cards.capture,
    captureFingerprint: c.fingerprints.capture,
    captureFace: c.faces.capture,
    captureIris: c.iris.capture,
    maxPersons: c.persons.maxRecords ?? null,
    maxCards: c.cards.maxRecords ?? null,
    maxFaces: c.faces.maxRecords ?? null,
    maxFingerprints: null,
    employeeNoMaxLength: c.persons.employeeNoMaxLength ?? 32,
    employeeNoCharacters: c.persons.employeeNoCharacterType === 'number' ? 'number' : 'any',
    nameMaxBytes: c.persons.nameMaxBytes ?? 128,
    doors: c.door.count ?? (c.door.remoteControl || c.door.workStatus ? 1 : 0),
    fullDelete: c.persons.fullDelete,
    ...(c.persons.userTypes.length > 0 ? { userTypes: c.persons.userTypes } : {}),
    ...(c.persons.validRange ? { validRange: c.persons.validRange } : {}),
    ...(c.persons.planTemplateMax ? { planTemplateMax: c.persons.planTemplateMax } : {}),
    ...(c.persons.planTemplatesPerDoor
      ? { planTemplatesPerDoor: c.persons.planTemplatesPerDoor }
      : {}),
    setUp: {
      persons: c.persons.setUp,
      cards: c.cards.setUp,
      faces: c.faces.setUp,
      fingerprints: c.fingerprints.setUp,
    },
    ops: summariseTerminalOps(c, deviceCap),
  }
}
