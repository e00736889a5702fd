// The Persons feature (contract/persons.ts, contract/person-list.ts): the roster's persons and
// their credentials (roster-service.ts), and the Persons list's bulk tools and thumbnails
// (person-list-service.ts).
import type { StationContext } from '../context'
import type { Feature } from '../feature'
import { checkPersonFits } from './terminal-fit'
import { personListService } from './person-list-service'
import type { RosterService } from './roster-service'

export function rosterFeature(ctx: StationContext, roster: RosterService): Feature {
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
      'persons.setFace': ({ employeeNo, jpegBase64, source }) =>
        roster.setFace(employeeNo, Buffer.from(jpegBase64, 'base64'), source),
      'persons.face': ({ employeeNo }) => roster.face(employeeNo),
      'persons.removeFace': ({ employeeNo }) => roster.removeCredential(employeeNo, 'face'),
      'persons.removeFingerprint': ({ employeeNo, fingerId }) =>
        roster.removeCredential(employeeNo, { fingerId }),
      'persons.removeIris': ({ employeeNo, eye }) => roster.removeCredential(employeeNo, { eye }),
      'persons.bulkEdit': ({ selection, expected, set }) => list.bulkEdit(selection, expected, set),
      'persons.bulkRemove': ({ selection, expected }) => list.bulkRemove(selection, expected),
      'persons.thumbnails': ({ employeeNos }) => list.thumbnails(employeeNos),
    },
  }
}
