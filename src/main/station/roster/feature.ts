import type { StationContext } from '../context'
import { checkPersonFits } from './terminal-fit'
import type { Handlers } from '../dispatcher'
import type { RosterService } from './roster-service'

export function personsHandlers(ctx: StationContext, roster: RosterService): Handlers {
  return {
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
  }
}
