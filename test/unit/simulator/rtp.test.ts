import { describe, expect, it } from 'vitest'
import { AnnexBSplitter, interleave, nalToRtp } from '../../../src/simulator/rtsp/rtp'

describe('simulator RTP for H.264', () => {
  it('cuts an Annex B stream into NAL units whatever the chunking', () => {
    const nals = [
      Buffer.from([0x67, 1, 2]),
      Buffer.from([0x68, 3]),
      Buffer.from([0x65, 0, 0, 3, 9]),
    ]
    const stream = Buffer.concat([
      Buffer.from([0, 0, 0, 1]),
      nals[0]!,
      Buffer.from([0, 0, 1]),
      nals[1]!,
      Buffer.from([0, 0, 0, 1]),
      nals[2]!,
      Buffer.from([0, 0, 0, 1, 0x41]), // the next picture's start ends the last one
    ])
    for (const size of [1, 2, 3, 7, stream.length]) {
      const s = new AnnexBSplitter()
      const out: Buffer[] = []
      for (let i = 0; i < stream.length; i += size)
        out.push(...s.push(stream.subarray(i, i + size)))
      expect(out).toEqual(nals)
    }
  })

  it('sends a small NAL whole and a large one as FU-A fragments, the marker on the last', () => {
    const st = { seq: 65_535, ssrc: 0x1234 }
    const [whole] = nalToRtp(Buffer.from([0x67, 9]), st, 90_000, false)
    expect(whole!.subarray(12)).toEqual(Buffer.from([0x67, 9]))
    expect(whole![1]).toBe(96) // no marker
    const big = Buffer.concat([Buffer.from([0x65]), Buffer.alloc(3000, 7)])
    const parts = nalToRtp(big, st, 90_000, true)
    expect(parts).toHaveLength(3)
    expect(parts.map((p) => p.readUInt16BE(2))).toEqual([0, 1, 2]) // sequence wraps
    expect(parts.map((p) => p[12]! & 0x1f)).toEqual([28, 28, 28])
    expect(parts.map((p) => p[13]! & 0xc0)).toEqual([0x80, 0, 0x40]) // start, middle, end
    expect(parts.map((p) => p[1]! & 0x80)).toEqual([0, 0, 0x80])
    expect(Buffer.concat(parts.map((p) => p.subarray(14)))).toEqual(big.subarray(1))
    expect(interleave(2, parts[0]!).subarray(0, 4)).toEqual(Buffer.from([0x24, 2, 0x05, 0x86]))
  })
})
