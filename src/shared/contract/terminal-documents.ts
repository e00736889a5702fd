// Documents a terminal reports and nobody writes (guide 21.20.6–7, 21.22.3–4, 21.22.20,
// 21.28.14–15, 21.35.1–3): the capability documents of its actions, who is armed on it, the
// state of its secure door control units, the face collection in progress. The Terminal page's
// "Terminal documents" section and `terminal doc` show them as the terminal sent them.
import { z } from 'zod'
import { employeeNo, id, method } from './method'

export const TERMINAL_DOCUMENT_NAMES = [
  'deployInfo',
  'deployInfoCaps',
  'moduleStatus',
  'moduleStatusCaps',
  'clearPictureCaps',
  'personDeleteCaps',
  'fingerprintDeleteCaps',
  'faceCollectionCaps',
  'faceCollectionProgressCaps',
  'faceCollectionProgress',
  'systemCapsJson',
  'storageCaps',
] as const
export type TerminalDocumentName = (typeof TERMINAL_DOCUMENT_NAMES)[number]

export interface TerminalDocumentInfo {
  name: TerminalDocumentName
  /** Guide section. */
  guide: string
  /** The terminal's capabilities say it has this document. */
  offered: boolean
}

export interface TerminalDocumentView {
  name: TerminalDocumentName
  /** The ISAPI address it was read from. */
  path: string
  /** Its root element (XML) or key (JSON), and the content under it as the terminal sent it. */
  root: string
  content: Record<string, unknown>
}

export const terminalDocumentsApi = {
  /** Which documents this terminal has (from its AccessControl capabilities). */
  'terminal.documents': method<TerminalDocumentInfo[]>()(z.object({ deviceId: id }).strict()),
  /** One document, read from the terminal now. */
  'terminal.document': method<TerminalDocumentView>()(
    z
      .object({
        deviceId: id,
        name: z.enum(TERMINAL_DOCUMENT_NAMES, {
          message: `one of ${TERMINAL_DOCUMENT_NAMES.join(', ')}`,
        }),
      })
      .strict(),
  ),
  /** How many events the terminal holds (AcsEventTotalNum, 21.28.4), all or one person's. */
  'terminal.eventCount': method<{ total: number }>()(
    z.object({ deviceId: id, employeeNo: employeeNo.optional() }).strict(),
  ),
}
