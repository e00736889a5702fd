import type { Feature } from '../feature'
import type { StationContext } from '../context'
import type { RosterService } from '../roster/roster-service'
import { exportFile, templateFile } from './export-file'
import { importFile, tableFile } from './import-file'
import { importCsvText, previewCsvText } from './csv-text'
import type { ApplyStateRecompute } from './write-rows'

/** Persons in and out as spreadsheets, with photos (contract/person-files.ts). */
export function personFilesFeature(
  ctx: StationContext,
  roster: RosterService,
  applyStates: ApplyStateRecompute,
): Feature {
  return {
    handlers: {
      'persons.importFile': async (args) =>
        importFile(ctx, roster, applyStates, await tableFile(args)),
      'persons.import': ({ csv }) => importCsvText(ctx, roster, applyStates, csv),
      'persons.importPreview': ({ csv }) => previewCsvText(ctx, roster, csv),
      'persons.exportFile': (args) => exportFile(ctx, args),
      'persons.template': (args) => templateFile(args),
    },
  }
}
