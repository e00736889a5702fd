// Just enough DER (X.690) to write a PKCS#10 request and read one back: definite lengths,
// the few universal types a distinguished name and a request use. The simulator's own copy;
// the station reads certificates with node:crypto and its own reader.

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

export const tlv = (tag: number, ...content: Buffer[]): Buffer => {
  const body = Buffer.concat(content)
  return Buffer.concat([Buffer.from([tag]), length(body.length), body])
}

export const seq = (...items: Buffer[]): Buffer => tlv(0x30, ...items)
export const set = (...items: Buffer[]): Buffer => tlv(0x31, ...items)
export const int = (n: number): Buffer => tlv(0x02, Buffer.from([n]))
export const nul = (): Buffer => Buffer.from([0x05, 0x00])
export const utf8 = (s: string): Buffer => tlv(0x0c, Buffer.from(s, 'utf8'))
export const printable = (s: string): Buffer => tlv(0x13, Buffer.from(s, 'latin1'))
export const ia5 = (s: string): Buffer => tlv(0x16, Buffer.from(s, 'latin1'))
export const bitString = (b: Buffer): Buffer => tlv(0x03, Buffer.from([0]), b)

export function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number)
  const out = [a! * 40 + b!]
  for (const n of rest) {
    const groups: number[] = []
    for (let v = n; ; v = Math.floor(v / 128)) {
      groups.unshift(v & 0x7f)
      if (v < 128) break
    }
    out.push(...groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g)))
  }
  return tlv(0x06, Buffer.from(out))
}

export interface Node {
  tag: number
  /** The whole element (tag, length, content). */
  raw: Buffer
  content: Buffer
}

/** One element at `at`; throws on a truncated or indefinite-length element. */
export function readNode(buf: Buffer, at = 0): Node {
  const tag = buf[at]
  let len = buf[at + 1]
  if (tag === undefined || len === undefined) throw new Error('truncated DER')
  let head = 2
  if (len & 0x80) {
    const n = len & 0x7f
    if (n === 0 || n > 4) throw new Error('unsupported DER length')
    len = 0
    for (let i = 0; i < n; i++) len = len * 256 + (buf[at + 2 + i] ?? NaN)
    head += n
  }
  if (!Number.isFinite(len) || at + head + len > buf.length) throw new Error('truncated DER')
  return {
    tag,
    raw: buf.subarray(at, at + head + len),
    content: buf.subarray(at + head, at + head + len),
  }
}

/** The elements inside a constructed element. */
export function children(n: Node): Node[] {
  const out: Node[] = []
  for (let at = 0; at < n.content.length;) {
    const c = readNode(n.content, at)
    out.push(c)
    at += c.raw.length
  }
  return out
}
