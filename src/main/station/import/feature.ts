import type { Feature } from '../feature'
import type { StationContext } from '../context'
import type { RosterService } from '../roster/roster-service'
import { exportFile, templateFile } from './export-file'
import { importFile } from './import-file'
import type { ApplyStateRecompute } from './write-rows'

/** Persons in and out as spreadsheets, with photos (contract/person-files.ts). */
export function personFilesFeature(
  ctx: StationContext,
  roster: RosterService,
  applyStates: ApplyStateRecompute,
): Feature {
  return {
    handlers: {
      'persons.importFile': (args) => importFile(ctx, roster, applyStates, args),
      'persons.exportFile': (args) => exportFile(ctx, args),
      'persons.template': (args) => templateFile(args),
    },
  }
}
