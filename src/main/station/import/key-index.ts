// The keys an import's cross-row checks need (employee numbers, card numbers), each with the
// first row that wrote it, in a compact open-addressing table of typed arrays: a key is kept as
// a 64-bit hash (two independent 32-bit hashes), never as a string, so 1,000,000 cards cost
// 16 to 32 MB whatever their length and nothing retains the text the row was read from. Two
// different keys share a 64-bit hash with odds of about n² / 2⁶⁵ (10⁻⁸ for a million keys).

const EMPTY = -1

function hashes(key: string): [number, number] {
  // FNV-1a and a multiply-rotate hash over the UTF-16 units, each finished with a murmur mix
  let a = 0x811c9dc5
  let b = 0x9747b28c ^ key.length
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b = (b << 13) | (b >>> 19)
  }
  return [mix(a), mix(b ^ 0x27d4eb2f)]
}

function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

export class KeyIndex {
  private hi: Uint32Array
  private lo: Uint32Array
  private rows: Int32Array
  private count = 0

  constructor(capacity = 1024) {
    let size = 16
    while (size * 3 < capacity * 4) size *= 2
    this.hi = new Uint32Array(size)
    this.lo = new Uint32Array(size)
    this.rows = new Int32Array(size).fill(EMPTY)
  }

  get size(): number {
    return this.count
  }

  /** The first row that added `key`, or undefined. */
  get(key: string): number | undefined {
    const [h, l] = hashes(key)
    const at = this.slot(h, l)
    const row = this.rows[at]!
    return row === EMPTY ? undefined : row
  }

  /** Adds `key` for `row` unless it is there: returns the row that added it first, or undefined. */
  add(key: string, row: number): number | undefined {
    const [h, l] = hashes(key)
    const at = this.slot(h, l)
    const first = this.rows[at]!
    if (first !== EMPTY) return first
    this.hi[at] = h
    this.lo[at] = l
    this.rows[at] = row
    // at most 3/4 full: 16 to 32 bytes a key
    if (++this.count * 4 > this.rows.length * 3) this.grow()
    return undefined
  }

  private slot(h: number, l: number): number {
    const mask = this.rows.length - 1
    let at = (h ^ Math.imul(l, 0x9e3779b1)) & mask
    while (this.rows[at] !== EMPTY && (this.hi[at] !== h || this.lo[at] !== l)) at = (at + 1) & mask
    return at
  }

  private grow(): void {
    const { hi, lo, rows } = this
    this.hi = new Uint32Array(rows.length * 2)
    this.lo = new Uint32Array(rows.length * 2)
    this.rows = new Int32Array(rows.length * 2).fill(EMPTY)
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === EMPTY) continue
      const at = this.slot(hi[i]!, lo[i]!)
      this.hi[at] = hi[i]!
      this.lo[at] = lo[i]!
      this.rows[at] = rows[i]!
    }
  }
}
