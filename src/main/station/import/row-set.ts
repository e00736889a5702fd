// A set of row numbers of a file (bad rows, rows with a Cards cell): one byte a row in a typed
// array that grows by doubling, instead of a Set (about 40 bytes a row in V8's heap).
export class RowSet {
  private bits = new Uint8Array(1024)
  private count = 0

  get size(): number {
    return this.count
  }

  add(row: number): void {
    if (row >= this.bits.length) {
      let length = this.bits.length
      while (row >= length) length *= 2
      const grown = new Uint8Array(length)
      grown.set(this.bits)
      this.bits = grown
    }
    if (this.bits[row] === 0) {
      this.bits[row] = 1
      this.count++
    }
  }

  has(row: number): boolean {
    return row < this.bits.length && this.bits[row] === 1
  }
}
