// Documents a terminal reports and nobody writes: capability documents of actions (clearing
// pictures, deleting persons or fingerprints, collecting faces), who is armed on it (DeployInfo),
// its secure door control units (moduleStatus), the face collection in progress. Read as they
// are, for an installer to look at: the station shows them, it does not interpret them.
import { isObj, type Obj } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

const ACS = '/ISAPI/AccessControl'

export interface TerminalDocumentDef {
  path: string
  format: 'json' | 'xml'
  /** The AccessControl capability flag that says the terminal has it; null: every terminal. */
  flag: string | null
  /** Guide section. */
  guide: string
}

/** The documents, by name (data: adding one is adding a line). */
export const TERMINAL_DOCUMENTS = {
  deployInfo: {
    path: `${ACS}/DeployInfo`,
    format: 'xml',
    flag: 'isSupportDeployInfo',
    guide: '21.28.14',
  },
  deployInfoCaps: {
    path: `${ACS}/DeployInfo/capabilities`,
    format: 'xml',
    flag: 'isSupportDeployInfo',
    guide: '21.28.15',
  },
  moduleStatus: {
    path: `${ACS}/DoorSecurityModule/moduleStatus`,
    format: 'xml',
    flag: 'isSupportModuleStatus',
    guide: '21.20.7',
  },
  moduleStatusCaps: {
    path: `${ACS}/DoorSecurityModule/moduleStatus/capabilities`,
    format: 'xml',
    flag: 'isSupportModuleStatus',
    guide: '21.20.6',
  },
  clearPictureCaps: {
    path: `${ACS}/ClearPictureCfg/capabilities`,
    format: 'json',
    flag: 'isSupportClearPictureCfg',
    guide: '21.22.3',
  },
  personDeleteCaps: {
    path: `${ACS}/UserInfoDetail/Delete/capabilities`,
    format: 'json',
    flag: 'isSupportUserInfoDetailDelete',
    guide: '21.22.4',
  },
  fingerprintDeleteCaps: {
    path: `${ACS}/FingerPrint/Delete/capabilities`,
    format: 'json',
    flag: 'isSupportFingerPrintDelete',
    guide: '21.22.20',
  },
  faceCollectionCaps: {
    path: `${ACS}/CaptureFaceData/capabilities`,
    format: 'xml',
    flag: 'isSupportCaptureFace',
    guide: '21.35.1',
  },
  faceCollectionProgressCaps: {
    path: `${ACS}/CaptureFaceData/Progress/capabilities`,
    format: 'xml',
    flag: 'isSupportCaptureFace',
    guide: '21.35.2',
  },
  faceCollectionProgress: {
    path: `${ACS}/CaptureFaceData/Progress`,
    format: 'xml',
    flag: 'isSupportCaptureFace',
    guide: '21.35.3',
  },
  systemCapsJson: {
    // the system service capability in JSON (protocol-config/00-index.md 21.5.1/10, M)
    path: '/ISAPI/System/capabilities',
    format: 'json',
    flag: null,
    guide: '21.5.1',
  },
  storageCaps: {
    // the storage capability (protocol-config/00-index.md 21.5.9, M)
    path: '/ISAPI/ContentMgmt/Storage/capabilities',
    format: 'xml',
    flag: null,
    guide: '21.5.9',
  },
} as const satisfies Record<string, TerminalDocumentDef>

export type TerminalDocumentName = keyof typeof TERMINAL_DOCUMENTS

/** A document as the terminal sent it: its root element / key and what is under it. */
export interface TerminalDocument {
  root: string
  content: Obj
}

/** Reads one document (GET; JSON documents with `?format=json`). */
export async function readTerminalDocument(
  http: IsapiHttp,
  name: TerminalDocumentName,
  o: CallOptions = {},
): Promise<TerminalDocument> {
  const def: TerminalDocumentDef = TERMINAL_DOCUMENTS[name]
  if (def.format === 'xml') {
    const doc = await http.xml('GET', def.path, undefined, undefined, o)
    if (!doc || !isObj(doc.body)) throw http.bad('GET', def.path, 'expected an XML document')
    const content = Object.fromEntries(Object.entries(doc.body).filter(([k]) => !k.startsWith('@')))
    return { root: doc.root, content }
  }
  const path = `${def.path}?format=json`
  const doc = await http.json('GET', path, undefined, o)
  const entries = isObj(doc) ? Object.entries(doc) : []
  const [root, content] = entries.length === 1 ? entries[0]! : ['', undefined]
  if (!isObj(content)) throw http.bad('GET', path, 'expected a JSON document with one root')
  return { root, content }
}
