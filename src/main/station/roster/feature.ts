// The Persons feature (contract/persons.ts, contract/person-list.ts): the roster's persons and
// their credentials (roster-service.ts), and the Persons list's bulk tools and thumbnails
// (person-list-service.ts).
import type { StationContext } from '../context'
import type { Feature } from '../feature'
import { checkPersonFits } from './terminal-fit'
import { personListService } from './person-list-service'
import type { RosterService } from './roster-service'
import type { FaceCheck } from './face-check'
import { normaliseFace } from './face-normaliser'

export function rosterFeature(
  ctx: StationContext,
  roster: RosterService,
  checkFace: FaceCheck = async () => {},
): Feature {
  const list = personListService(ctx, roster)
  return {
    handlers: {
      'persons.search': (args) => roster.search(args),
      'persons.get': ({ employeeNo }) => roster.detail(employeeNo),
      'persons.groups': () => ctx.store.groups.counts(),
      'persons.save': (input) => {
        checkPersonFits(ctx, input) // doors, type, validity, plan: as the person's terminals allow
        return roster.save(input)
      },
      'persons.remove': ({ employeeNo }) => roster.remove(employeeNo),
      'persons.addCard': (args) => roster.addCardTo(args),
      'persons.removeCard': ({ employeeNo, cardNo }) => roster.removeCard(employeeNo, cardNo),
      'persons.setFace': async ({ employeeNo, jpegBase64, source }) => {
        roster.detail(employeeNo) // an unknown person is NOT_FOUND before a terminal is asked
        // the picture as it would be stored (refused here when the station can tell by itself),
        // then shown to a face terminal, then stored (already fitting: stored as it is)
        const face = await normaliseFace(Buffer.from(jpegBase64, 'base64'))
        await checkFace(face.jpeg)
        return roster.setFace(employeeNo, face.jpeg, source)
      },
      'persons.face': ({ employeeNo }) => roster.face(employeeNo),
      'persons.removeFace': ({ employeeNo }) => roster.removeCredential(employeeNo, 'face'),
      'persons.removeFingerprint': ({ employeeNo, fingerId }) =>
        roster.removeCredential(employeeNo, { fingerId }),
      'persons.removeIris': ({ employeeNo, eye }) => roster.removeCredential(employeeNo, { eye }),
      'persons.bulkEdit': ({ selection, expected, set }) => list.bulkEdit(selection, expected, set),
      'persons.bulkRemove': ({ selection, expected }) => list.bulkRemove(selection, expected),
      'persons.thumbnails': ({ employeeNos }) => list.thumbnails(employeeNos),
      'persons.range': ({ filter, from, to }) => list.range(filter, from, to),
    },
  }
}
