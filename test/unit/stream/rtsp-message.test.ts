import { describe, expect, it } from 'vitest'
import { header, RtspReader, serialize, withHeader } from '../../../src/main/stream/rtsp-message'

describe('RTSP framing', () => {
  const answer = Buffer.from(
    'RTSP/1.0 200 OK\r\nCSeq: 3\r\nContent-Length: 5\r\n\r\nv=0\r\n',
    'latin1',
  )
  const rtp = Buffer.from([0x24, 0, 0, 3, 1, 2, 3])

  it('reads messages with bodies and interleaved frames, across any chunking', () => {
    const all = Buffer.concat([answer, rtp, answer])
    for (const size of [1, 4, 9, all.length]) {
      const r = new RtspReader()
      const items = []
      for (let i = 0; i < all.length; i += size) items.push(...r.push(all.subarray(i, i + size)))
      expect(items.map((x) => x.kind)).toEqual(['message', 'binary', 'message'])
      const first = items[0]!
      if (first.kind !== 'message') throw new Error('message expected')
      expect(header(first, 'cseq')).toBe('3')
      expect(first.body.toString()).toBe('v=0\r\n')
      expect(items[1]).toEqual({ kind: 'binary', raw: rtp })
    }
  })

  it('writes a message back with its headers replaced and the length recomputed', () => {
    const [m] = new RtspReader().push(answer)
    if (m?.kind !== 'message') throw new Error('message expected')
    const out = serialize({ ...withHeader(m, 'CSeq', '4'), body: Buffer.from('v=0\r\nx\r\n') })
    expect(out.toString('latin1')).toBe(
      'RTSP/1.0 200 OK\r\nCSeq: 4\r\nContent-Length: 8\r\n\r\nv=0\r\nx\r\n',
    )
  })

  it('refuses a negative length and an endless header', () => {
    expect(() => new RtspReader().push(Buffer.from('X\r\nContent-Length: -1\r\n\r\n'))).toThrow()
    expect(() => new RtspReader().push(Buffer.alloc(70_000, 0x41))).toThrow()
  })
})
