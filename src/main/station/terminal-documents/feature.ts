// terminal.documents / terminal.document (contract/terminal-documents.ts): the documents a
// terminal reports and nobody writes, offered as its AccessControl capabilities say, read as
// they are. A document the terminal does not have is refused before anything is sent.
import type {
  TerminalDocumentInfo,
  TerminalDocumentName,
  TerminalDocumentView,
} from '@shared/contract/terminal-documents'
import { TERMINAL_DOCUMENT_NAMES } from '@shared/contract/terminal-documents'
import {
  isIsapiError,
  readTerminalDocument,
  TERMINAL_DOCUMENTS,
  type IsapiClient,
} from '../../isapi'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { codedFailure } from '@shared/coded-failure'

// The contract's names and the client's are the same list (compile-time check both ways).
const _same: Record<TerminalDocumentName, unknown> = TERMINAL_DOCUMENTS
void _same

const has = (flags: Set<string>, flag: string | null): boolean => flag === null || flags.has(flag)

export function terminalDocumentsFeature(_ctx: StationContext, devices: DeviceService): Feature {
  const on = devices.call

  const offered = async (client: IsapiClient): Promise<Set<string>> => {
    try {
      const caps = await client.config.capabilities('/ISAPI/AccessControl/capabilities', 'xml')
      return new Set(
        Object.entries(caps)
          .filter(([, f]) => f.value === 'true')
          .map(([k]) => k),
      )
    } catch (e) {
      if (isIsapiError(e) && e.category === 'notSupported') return new Set()
      throw e
    }
  }

  const list = (flags: Set<string>): TerminalDocumentInfo[] =>
    TERMINAL_DOCUMENT_NAMES.map((name) => ({
      name,
      guide: TERMINAL_DOCUMENTS[name].guide,
      offered: has(flags, TERMINAL_DOCUMENTS[name].flag),
    }))

  return {
    handlers: {
      'terminal.documents': ({ deviceId }) =>
        on(deviceId, async (client) => list(await offered(client))),
      'terminal.document': ({ deviceId, name }) =>
        on(deviceId, async (client): Promise<TerminalDocumentView> => {
          const def = TERMINAL_DOCUMENTS[name]
          if (!has(await offered(client), def.flag))
            throw codedFailure(
              'NOT_SUPPORTED',
              'documentUnsupported',
              { terminal: devices.record(deviceId).name, name, flag: def.flag ?? '—' },
              { deviceId, name },
            )
          const doc = await readTerminalDocument(client.http, name)
          return { name, path: def.path, root: doc.root, content: doc.content }
        }),
      'terminal.eventCount': ({ deviceId, employeeNo }) =>
        on(deviceId, async (client) => ({
          total: await client.events.count({
            major: 0,
            minor: 0,
            ...(employeeNo ? { employeeNo } : {}),
          }),
        })),
    },
  }
}
