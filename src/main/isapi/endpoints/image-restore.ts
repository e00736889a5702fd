// Image parameters of a video channel back to the terminal's defaults (guide 21.14.5,
// protocol-config/07 §1.2): whether the channel offers it (its capability's isSupportRestore)
// and the restore itself (PUT, no body).
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

const CHANNELS = '/ISAPI/Image/channels'

function checked(channel: number): number {
  if (!Number.isInteger(channel) || channel < 1)
    throw new IsapiError('INVALID_ARGUMENT', `bad image channel ${channel}`)
  return channel
}

/** GET /ISAPI/Image/channels/<ID>/capabilities: whether the channel can be restored. */
export async function imageRestoreSupported(
  http: IsapiHttp,
  channel: number,
  o: CallOptions = {},
): Promise<boolean> {
  const b = await http.xmlDoc(
    'GET',
    `${CHANNELS}/${checked(channel)}/capabilities`,
    'ImageChannel',
    undefined,
    undefined,
    o,
  )
  return String(b.isSupportRestore) === 'true'
}

/** PUT /ISAPI/Image/channels/<ID>/restore (21.14.5). */
export async function restoreImage(
  http: IsapiHttp,
  channel: number,
  o: CallOptions = {},
): Promise<void> {
  await http.xml('PUT', `${CHANNELS}/${checked(channel)}/restore`, undefined, undefined, o)
}
