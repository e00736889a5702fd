// Which working-status fields a terminal reports (guide 21.25.1, protocol-config/04 §7): the
// field names of its AcsWorkStatus capability.
import type { IsapiHttp } from '../http/isapi-http'
import { jsonRoot, type CallOptions } from './common'

export async function workStatusFields(http: IsapiHttp, o: CallOptions = {}): Promise<string[]> {
  const path = '/ISAPI/AccessControl/AcsWorkStatus/capabilities?format=json'
  const r = jsonRoot(http, await http.json('GET', path, undefined, o), 'AcsWorkStatus', 'GET', path)
  return Object.keys(r)
}
