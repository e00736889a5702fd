import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  boundaryOf,
  encodeMultipart,
  parseMultipart,
} from '../../../src/simulator/http/multipart.js'

describe('multipart', () => {
  it('device output: MIME_boundary, per-part Content-Length, CRLF, closing delimiter', () => {
    const out = encodeMultipart([
      { contentType: 'application/json', body: '{"a":1}' },
      {
        name: 'Picture',
        filename: 'Picture.jpg',
        contentType: 'image/jpeg',
        body: Buffer.from([1, 2, 3]),
      },
    ]).toString('latin1')
    expect(out).toBe(
      '--MIME_boundary\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{"a":1}\r\n' +
        '--MIME_boundary\r\nContent-Disposition: form-data; name="Picture"; filename="Picture.jpg"\r\nContent-Type: image/jpeg\r\nContent-Length: 3\r\n\r\n\x01\x02\x03\r\n--MIME_boundary--\r\n',
    )
  })

  it('round-trips arbitrary binary parts (body may contain the boundary text when Content-Length frames it)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 200 }), { minLength: 1, maxLength: 4 }),
        (bodies) => {
          const enc = encodeMultipart(
            bodies.map((b, i) => ({
              name: `p${i}`,
              contentType: 'application/octet-stream',
              body: Buffer.from(b),
            })),
          )
          const parts = parseMultipart(enc, 'MIME_boundary')
          expect(parts?.map((p) => [...p.body])).toEqual(bodies.map((b) => [...b]))
        },
      ),
    )
  })

  it('reads client uploads without per-part lengths, LF-only too; null on truncation', () => {
    const body = Buffer.from(
      '--xx\r\nContent-Disposition: form-data; name="FaceDataRecord"\r\n\r\n{"FPID":"1"}\r\n--xx\r\nContent-Disposition: form-data; name="img"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\nJPEG\r\n--xx--\r\n',
    )
    const parts = parseMultipart(body, 'xx')!
    expect(parts.map((p) => [p.name, p.filename, p.body.toString()])).toEqual([
      ['FaceDataRecord', undefined, '{"FPID":"1"}'],
      ['img', 'a.jpg', 'JPEG'],
    ])
    expect(parseMultipart(Buffer.from(body.toString().replace(/\r\n/g, '\n')), 'xx')?.length).toBe(
      2,
    )
    expect(parseMultipart(body.subarray(0, 90), 'xx')).toBeNull()
    expect(parseMultipart(Buffer.from('no parts'), 'xx')).toBeNull()
  })

  it('boundary from the content type, quoted or bare', () => {
    expect(boundaryOf('multipart/form-data; boundary=----hik')).toBe('----hik')
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b')
    expect(boundaryOf('application/json')).toBeNull()
  })
})
