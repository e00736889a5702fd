import { randomBytes } from 'node:crypto'

/** A fingerprint template like a terminal's: 512 bytes, "MZSS21" header, base64 (≈684 chars). */
export function syntheticTemplate(): string {
  const b = randomBytes(512)
  Buffer.from([0x4d, 0x5a, 0x53, 0x53, 0x32, 0x31, 0x00, 0x00, 0x03]).copy(b)
  return b.toString('base64')
}

export function syntheticCardNo(): string {
  return String(1_000_000_000 + Math.floor(Math.random() * 3_000_000_000))
}
