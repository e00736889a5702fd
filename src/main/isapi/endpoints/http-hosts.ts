import { parseContentType } from '../codec/content-type'
import { MultipartReader } from '../codec/multipart-reader'
import { list, str } from '../codec/read'
import { hostToXml, parseHttpHost, type HttpHost } from '../models/http-host'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import type { AlertEvent } from '../models/event'
import type { CallOptions } from './common'
import { attachPicture, decodeNotificationPart, type SkipLogger } from './notification-parts'

const BASE = '/ISAPI/Event/notification/httpHosts'

export { parseHttpHost, type HttpHost } from '../models/http-host'

export async function listHttpHosts(http: IsapiHttp, o: CallOptions = {}): Promise<HttpHost[]> {
  const b = await http.xmlDoc('GET', BASE, 'HttpHostNotificationList', undefined, undefined, o)
  return list(b.HttpHostNotification).map(parseHttpHost)
}

export async function getHttpHost(
  http: IsapiHttp,
  id: string,
  o: CallOptions = {},
): Promise<HttpHost> {
  return parseHttpHost(
    await http.xmlDoc(
      'GET',
      `${BASE}/${encodeURIComponent(id)}`,
      'HttpHostNotification',
      undefined,
      undefined,
      o,
    ),
  )
}

/** Replaces one slot (PUT /httpHosts/<id>). */
export async function setHttpHost(
  http: IsapiHttp,
  h: HttpHost,
  o: CallOptions = {},
): Promise<void> {
  if (!h.id) throw new IsapiError('INVALID_ARGUMENT', 'httpHost id required')
  await http.xml(
    'PUT',
    `${BASE}/${encodeURIComponent(h.id)}`,
    'HttpHostNotification',
    hostToXml(h),
    o,
  )
}

/** Replaces the whole list (PUT /httpHosts). */
export async function setHttpHosts(
  http: IsapiHttp,
  hosts: HttpHost[],
  o: CallOptions = {},
): Promise<void> {
  await http.xml(
    'PUT',
    BASE,
    'HttpHostNotificationList',
    { HttpHostNotification: hosts.map(hostToXml) },
    o,
  )
}

/**
 * Clears slots. DELETE on the list is refused by some firmware (methodNotAllowed), so a slot is
 * cleared by writing it back with ipAddress 0.0.0.0 and an empty url.
 */
export async function deleteHttpHost(
  http: IsapiHttp,
  id: string,
  o: CallOptions = {},
): Promise<void> {
  const current = await getHttpHost(http, id, o)
  await setHttpHost(
    http,
    {
      ...current,
      url: '',
      ipAddress: '0.0.0.0',
      addressingFormatType: 'ipaddress',
      httpAuthenticationMethod: 'none',
    },
    o,
  )
}

/** DELETE /httpHosts (all slots); falls back to clearing each slot when the device refuses. */
export async function deleteAllHttpHosts(http: IsapiHttp, o: CallOptions = {}): Promise<void> {
  try {
    await http.xml('DELETE', BASE, undefined, undefined, o)
  } catch (e) {
    if (!(e instanceof IsapiError) || e.category !== 'notSupported') throw e
    for (const h of await listHttpHosts(http, o)) await deleteHttpHost(http, h.id, o)
  }
}

/** Asks the device to test-post to a host. Resolves with the device's error description ('' = ok). */
export async function testHttpHost(
  http: IsapiHttp,
  h: HttpHost,
  o: CallOptions = {},
): Promise<string> {
  const doc = await http.xml(
    'POST',
    `${BASE}/${encodeURIComponent(h.id)}/test`,
    'HttpHostNotification',
    hostToXml(h),
    { headersTimeoutMs: 30_000, ...o },
  )
  if (doc?.root === 'HttpHostTestResult') return str(doc.body.errorDescription) ?? ''
  return ''
}

export interface PushRequest {
  contentType: string
  body: Buffer
}

/**
 * Parses what a terminal POSTs to a listening host: multipart (JSON or XML event part, then
 * pictures), or a bare JSON / XML body. Malformed parts are skipped and logged.
 */
export function parseHttpHostPush(req: PushRequest, log: SkipLogger = () => {}): AlertEvent[] {
  const ct = parseContentType(req.contentType)
  const out: AlertEvent[] = []
  if (ct.type.startsWith('multipart/')) {
    const reader = new MultipartReader(ct.params.boundary || 'MIME_boundary', {
      maxPartBytes: 8 * 1024 * 1024,
      onSkip: (r, bytes) => log(r, { bytes }),
    })
    const parts = [...reader.push(req.body), ...reader.end().parts]
    let last: AlertEvent | undefined
    for (const p of parts) {
      const d = decodeNotificationPart(p, log)
      if (d.kind === 'event') {
        out.push(d.event)
        last = d.event
      } else if (d.kind === 'picture') {
        if (!attachPicture(last, d.data))
          log('picture part without a preceding event', { bytes: d.data.length })
      }
    }
    return out
  }
  const d = decodeNotificationPart(
    { headers: {}, contentType: req.contentType, body: req.body },
    log,
  )
  if (d.kind === 'event') out.push(d.event)
  return out
}
