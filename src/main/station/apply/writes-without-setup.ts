// Terminals whose firmware has no SetUp (create-or-replace; their capabilities leave `setUp`
// out of supportFunction): the apply's upserts become an add (UserInfo/Record, CardInfo/Record,
// FaceDataRecord, FingerPrintDownload + FingerPrintProgress) and, when the terminal already
// holds that record, a change (UserInfo/Modify, CardInfo/Modify; a face is deleted and added
// again — FDSearch edits take a picture URL only). Steps stay idempotent: running one twice
// ends with the same record on the terminal.
import { isIsapiError, type IsapiClient } from '../../isapi'
import type { DeviceCapabilitySummary } from '@shared/model'

const already = (error: unknown, sub: string): boolean =>
  isIsapiError(error) && error.subStatusCode === sub

/** The client the apply's steps use: the terminal's own upserts, or adds and changes where it has no SetUp. */
export function upsertingClient(
  client: IsapiClient,
  setUp: DeviceCapabilitySummary['setUp'],
): IsapiClient {
  if (!setUp || (setUp.persons && setUp.cards && setUp.faces && setUp.fingerprints)) return client
  const c = Object.create(client) as IsapiClient
  if (!setUp.persons)
    c.persons = {
      ...client.persons,
      upsert: async (p, o) => {
        try {
          await client.persons.add(p, o)
        } catch (error) {
          if (!already(error, 'employeeNoAlreadyExist')) throw error
          await client.persons.modify(p, o)
        }
      },
    }
  if (!setUp.cards)
    c.cards = {
      ...client.cards,
      upsert: async (card, o) => {
        try {
          await client.cards.add(card, o)
        } catch (error) {
          if (!already(error, 'cardNoAlreadyExist')) throw error
          await client.cards.modify(card, o)
        }
      },
    }
  if (!setUp.faces)
    c.faces = {
      ...client.faces,
      upsert: async (target, source, o) => {
        try {
          return await client.faces.add(target, source, o)
        } catch (error) {
          if (!already(error, 'deviceUserAlreadyExistFace')) throw error
          await client.faces.delete([target.FPID], target, o)
          return client.faces.add(target, source, o)
        }
      },
    }
  if (!setUp.fingerprints)
    c.fingerprints = {
      ...client.fingerprints,
      upsert: (t, o) => client.fingerprints.upsertAsync(t, o),
    }
  return c
}
