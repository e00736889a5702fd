// Persons in and out as files people use: .xlsx and .csv (UTF-8 ± BOM, GBK, `,` or `;`), a
// template with en / zh headers, photos in a ZIP named by employee number. Files travel as
// base64 over the bridge; the station reads them streamed and writes in bounded chunks.
import { z } from 'zod'
import type { Reason, ReasonCode } from '../reason-text'
import { method } from './method'

/** 48 MiB of file: a 100,000-person sheet with cards is ~18 MB as CSV, less as xlsx. */
const MAX_FILE_BASE64 = Math.ceil((48 * 1024 * 1024 * 4) / 3)
/** Photos: 5,000 faces of ~60 KB in a ZIP, with room. */
const MAX_PHOTOS_BASE64 = Math.ceil((512 * 1024 * 1024 * 4) / 3)

export const PERSON_FILE_FORMATS = ['xlsx', 'csv'] as const
export type PersonFileFormat = (typeof PERSON_FILE_FORMATS)[number]

/** Why a cell is refused; the UI words each code in en and zh (i18n/person-files.*). */
export const IMPORT_PROBLEM_CODES = [
  'required',
  'tooLong',
  'choice',
  'date',
  'dateOrder',
  'numberList',
  'planTemplate',
  'cardNo',
  'cardTwice',
  'cardOwned',
  'cardCount',
  'employeeTwice',
  'employeeNo',
] as const
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number]

/** One refused cell: the row and column as the user sees them in the file. */
export interface ImportProblem {
  /** The row number in the sheet (the header is row 1). */
  row: number
  /** The column's header as written in the file. */
  column: string
  code: ImportProblemCode
  /** What the cell should hold (English, for the CLI; the UI words it from `code`). */
  expected: string
  /** What the cell holds (cut to 80 characters). */
  found: string
}

/** What happens to a photo in the ZIP. */
export interface PhotoOutcome {
  file: string
  employeeNo: string | null
  outcome: 'matched' | 'noSuchPerson' | 'refused'
  /** For refused: the reason code and the words of the face check. */
  reason?: string
  /** For refused: why, as a code with parameters (worded in en and zh by the UI and the CLI). */
  why?: Reason
}

export interface PersonFileReport {
  /** Data rows read (the header not counted). */
  rows: number
  created: number
  updated: number
  cards: number
  /** Cards a filled Cards cell took off their person (a card left out is removed). */
  cardsRemoved: number
  /** Rows left out because of a problem (only with goodRowsOnly). */
  skipped: number
  /** Every problem found, by row and column (at most 1,000; `moreProblems` counts the rest). */
  problems: ImportProblem[]
  moreProblems: number
  /** True when something was written (false for a dry run or a refused file). */
  written: boolean
  photos: PhotoOutcome[]
  /** The columns recognised, as written in the file. */
  columns: string[]
}

export interface ImportProgressEvent {
  phase: 'reading' | 'writing' | 'photos' | 'done'
  done: number
  total: number | null
}

export interface PersonFile {
  fileName: string
  dataBase64: string
}

export const personFilesApi = {
  /**
   * Reads a file; with problems nothing is written unless `goodRowsOnly` (then the good rows
   * go in and the report lists the rest). `dryRun` only reads and checks, photos included.
   */
  'persons.importFile': method<PersonFileReport>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        dataBase64: z.string().min(4).max(MAX_FILE_BASE64),
        photosZipBase64: z.string().min(4).max(MAX_PHOTOS_BASE64).optional(),
        goodRowsOnly: z.boolean().default(false),
        dryRun: z.boolean().default(false),
      })
      .strict(),
  ),
  /** All persons, or those of one group / department path (and below), as a file. */
  'persons.exportFile': method<PersonFile & { photosZipBase64?: string; persons: number }>()(
    z
      .object({
        format: z.enum(PERSON_FILE_FORMATS).default('xlsx'),
        department: z.string().max(256).optional(),
        photos: z.boolean().default(false),
        lang: z.enum(['en', 'zh']).default('en'),
      })
      .strict(),
  ),
  /** An empty sheet with the headers (en or zh) and one example row. */
  'persons.template': method<PersonFile>()(
    z
      .object({
        format: z.enum(PERSON_FILE_FORMATS).default('xlsx'),
        lang: z.enum(['en', 'zh']).default('en'),
      })
      .strict(),
  ),
}

const PROBLEM_REASON = {
  required: 'cellRequired',
  tooLong: 'cellTooLong',
  choice: 'cellChoice',
  date: 'cellDate',
  dateOrder: 'cellDateOrder',
  numberList: 'cellNumberList',
  planTemplate: 'cellPlanTemplate',
  cardNo: 'cellCardNo',
  cardTwice: 'cellCardTwice',
  cardOwned: 'cellCardOwned',
  cardCount: 'cellCardCount',
  employeeTwice: 'cellEmployeeTwice',
  employeeNo: 'cellEmployeeNo',
} as const satisfies Record<ImportProblemCode, ReasonCode>

/** A problem as a reason (its words in en and zh: shared/reason-text.ts). */
export const problemReason = (p: ImportProblem): Reason => ({
  code: PROBLEM_REASON[p.code],
  params: { row: p.row, column: p.column, found: p.found, expected: p.expected },
})
