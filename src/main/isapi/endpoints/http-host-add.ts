// Adding a listening host (guide 21.10.1, protocol-config/02 §6): POST the host to the list; the
// terminal puts it in a free slot and answers that slot's id in its ResponseStatus.
import { str } from '../codec/read'
import { hostToXml, type HttpHost } from '../models/http-host'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

export async function addHttpHost(
  http: IsapiHttp,
  host: Omit<HttpHost, 'id'>,
  o: CallOptions = {},
): Promise<string | undefined> {
  // the terminal chooses the slot: no id is sent
  const { id: _slot, ...body } = hostToXml({ ...host, id: '' })
  const doc = await http.xml(
    'POST',
    '/ISAPI/Event/notification/httpHosts',
    'HttpHostNotification',
    body,
    o,
  )
  return doc && 'body' in doc ? str(doc.body.id) : undefined
}
