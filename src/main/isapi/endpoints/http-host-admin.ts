// Listening-host slots, administration (guide 21.10.9, 21.10.11): how many slots the terminal
// has (its httpHosts capability) and emptying one slot with DELETE.
import { int } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

const SLOTS = '/ISAPI/Event/notification/httpHosts'

export interface HttpHostCapabilities {
  /** Number of listening-host slots (hostNumber); undefined when the terminal does not say. */
  slots?: number
}

/** GET /ISAPI/Event/notification/httpHosts/capabilities (21.10.9). */
export async function httpHostCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<HttpHostCapabilities> {
  const b = await http.xmlDoc(
    'GET',
    `${SLOTS}/capabilities`,
    'HttpHostNotificationCap',
    undefined,
    undefined,
    o,
  )
  const slots = int(b.hostNumber)
  return slots === undefined ? {} : { slots }
}

/** DELETE /ISAPI/Event/notification/httpHosts/<id> (21.10.11): the slot is emptied. */
export async function removeHttpHost(
  http: IsapiHttp,
  id: string,
  o: CallOptions = {},
): Promise<void> {
  if (!/^\d+$/.test(id)) throw new IsapiError('INVALID_ARGUMENT', `bad slot id ${id}`)
  await http.xml('DELETE', `${SLOTS}/${id}`, undefined, undefined, o)
}
