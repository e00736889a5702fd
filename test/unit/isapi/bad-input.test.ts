import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { IsapiError } from '../../../src/main/isapi/errors'
import { AuthSession } from '../../../src/main/isapi/http/auth-session'
import { IsapiHttp } from '../../../src/main/isapi/http/isapi-http'
import { Transport } from '../../../src/main/isapi/http/transport'
import { parseCapabilities } from '../../../src/main/isapi/endpoints/capabilities'
import { parseEventCapabilities } from '../../../src/main/isapi/endpoints/events'
import { parseFingerprintStatus } from '../../../src/main/isapi/endpoints/fingerprints'
import { parseHttpHost, parseHttpHostPush } from '../../../src/main/isapi/endpoints/http-hosts'
import { statusFromBody } from '../../../src/main/isapi/errors'
import { parseAcsEvent, parseNotification } from '../../../src/main/isapi/models/event'
import { parsePerson } from '../../../src/main/isapi/models/person'
import { obj } from '../../../src/main/isapi/codec/read'

// no request is ever sent: the transport's pool connects lazily
const transport = new Transport({ host: '127.0.0.1', port: 9, device: 'fuzz' })
const http = new IsapiHttp(new AuthSession(transport, { username: 'a', password: 'b' }), transport)
afterAll(() => transport.destroy())

const json = fc.jsonValue({ maxDepth: 4 })
const keyed = fc.record(
  {
    employeeNo: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    Valid: json,
    RightPlan: json,
    major: fc.oneof(fc.integer(), fc.string()),
    minor: fc.oneof(fc.integer(), fc.string()),
    FaceRect: json,
    eventType: fc.oneof(
      fc.constantFrom('AccessControllerEvent', 'videoloss', 'heartBeat'),
      fc.string(),
    ),
    AccessControllerEvent: json,
    StatusList: json,
  },
  { requiredKeys: [] },
)

describe('bad input never crashes', () => {
  it('model parsers accept any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(json, keyed), (x) => {
        parsePerson(x)
        parseAcsEvent(x)
        parseNotification(obj(x))
        parseFingerprintStatus({ FingerPrintStatus: x })
        parseHttpHost(x)
        parseEventCapabilities({ AcsEvent: { AcsEventCond: x } })
        parseCapabilities(obj(x), {
          userInfo: { UserInfo: x } as Record<string, unknown>,
          cardInfo: obj(x),
        })
      }),
      { numRuns: 500 },
    )
  })

  it('answer decoding yields a value or an IsapiError, for any bytes, status and content type', () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
      fc.string().map((s) => Buffer.from(s)),
      json.map((v) => Buffer.from(JSON.stringify(v))),
      fc
        .constantFrom(
          '<ResponseStatus><statusCode>x</statusCode>',
          '<html><title>401</title>',
          '{"statusCode":"6","subStatusCode":5}',
          '<?xml version="1.0"?><userCheck/>',
          '',
        )
        .map((s) => Buffer.from(s)),
    )
    fc.assert(
      fc.property(
        body,
        fc.constantFrom(200, 201, 400, 401, 403, 404, 500, 503),
        fc.constantFrom(
          'application/json',
          'application/xml',
          'text/html',
          'text/plain',
          '',
          'image/jpeg',
        ),
        (b, status, ct) => {
          try {
            http.decode({ status, contentType: ct, body: b }, 'GET', '/ISAPI/x')
          } catch (e) {
            expect(e).toBeInstanceOf(IsapiError)
          }
          statusFromBody(ct, b.toString())
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('push parsing never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 500 }),
        fc.constantFrom(
          'multipart/form-data; boundary=MIME_boundary',
          'application/json',
          'application/xml',
          'multipart/mixed',
        ),
        (b, ct) => {
          const prefix = ct.startsWith('multipart')
            ? Buffer.from('--MIME_boundary\r\nContent-Type: application/json\r\n\r\n')
            : Buffer.alloc(0)
          parseHttpHostPush({ contentType: ct, body: Buffer.concat([prefix, Buffer.from(b)]) })
        },
      ),
      { numRuns: 500 },
    )
  })
})
