// RTP for H.264 (RFC 6184) over RTSP's TCP interleaving (RFC 2326 §10.12): a NAL unit that fits
// goes whole (single NAL unit packet), a larger one is cut into FU-A fragments.
const FU_A = 28
const MAX_PAYLOAD = 1400

export interface RtpState {
  seq: number
  ssrc: number
}

function rtpHeader(st: RtpState, timestamp: number, marker: boolean): Buffer {
  const h = Buffer.alloc(12)
  h[0] = 0x80 // version 2
  h[1] = (marker ? 0x80 : 0) | 96
  h.writeUInt16BE(st.seq & 0xffff, 2)
  h.writeUInt32BE(timestamp >>> 0, 4)
  h.writeUInt32BE(st.ssrc >>> 0, 8)
  st.seq = (st.seq + 1) & 0xffff
  return h
}

/** The RTP packets of one NAL unit; `last` marks the end of an access unit (a picture). */
export function nalToRtp(nal: Buffer, st: RtpState, timestamp: number, last: boolean): Buffer[] {
  if (nal.length <= MAX_PAYLOAD) return [Buffer.concat([rtpHeader(st, timestamp, last), nal])]
  const out: Buffer[] = []
  const indicator = (nal[0]! & 0xe0) | FU_A
  const type = nal[0]! & 0x1f
  for (let i = 1; i < nal.length; i += MAX_PAYLOAD) {
    const end = Math.min(nal.length, i + MAX_PAYLOAD)
    const fu = (i === 1 ? 0x80 : 0) | (end === nal.length ? 0x40 : 0) | type
    const head = rtpHeader(st, timestamp, last && end === nal.length)
    out.push(Buffer.concat([head, Buffer.from([indicator, fu]), nal.subarray(i, end)]))
  }
  return out
}

/** `$`, channel, 16-bit length, packet. */
export function interleave(channel: number, packet: Buffer): Buffer {
  const head = Buffer.from([0x24, channel, 0, 0])
  head.writeUInt16BE(packet.length, 2)
  return Buffer.concat([head, packet])
}

/** Splits an H.264 Annex B byte stream into NAL units (without start codes). */
export class AnnexBSplitter {
  private buf: Buffer = Buffer.alloc(0)

  push(chunk: Buffer): Buffer[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk])
    const starts: number[] = []
    for (let i = 0; i + 2 < this.buf.length; i++)
      if (this.buf[i] === 0 && this.buf[i + 1] === 0 && this.buf[i + 2] === 1) {
        starts.push(i + 3)
        i += 2
      }
    if (starts.length < 2) return []
    const nals: Buffer[] = []
    for (let k = 0; k + 1 < starts.length; k++) {
      let end = starts[k + 1]! - 3
      while (end > starts[k]! && this.buf[end - 1] === 0) end--
      if (end > starts[k]!) nals.push(Buffer.from(this.buf.subarray(starts[k], end)))
    }
    this.buf = Buffer.from(this.buf.subarray(starts.at(-1)! - 3))
    return nals
  }
}
