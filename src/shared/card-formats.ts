// Card numbers as desk readers type them (keyboard wedge) and as terminals store them. A reader
// emits the card's UID in one of a few forms; the station stores the decimal number a terminal
// reports for the same card, so a swipe at the desk and a swipe at the door name one card.
//   decimal   "3308812528"        the UID as an unsigned integer (most wedge readers' default)
//   hex       "C5382CF0"          the same UID in hexadecimal
//   hexRev    "F02C38C5"          hex with the byte order reversed (readers that send LSB first)
//   wiegand26 "118:11312"         facility code (8 bits) + card number (16 bits)
//   wiegand34 "11576:11312"       facility code (16 bits) + card number (16 bits)
// Wiegand forms become the number the 26/34-bit frame carries without its parity bits:
// facility × 65536 + number (what a terminal reports for a Wiegand reader).

export const CARD_FORMATS = ['decimal', 'hex', 'hexReversed', 'wiegand26', 'wiegand34'] as const
export type CardFormat = (typeof CARD_FORMATS)[number]

export type CardReading =
  | { ok: true; cardNo: string }
  | {
      ok: false
      problem:
        | 'empty'
        | 'notDecimal'
        | 'notHex'
        | 'oddHex'
        | 'tooLong'
        | 'notWiegand'
        | 'facilityRange'
        | 'numberRange'
    }

const MAX_DECIMAL_DIGITS = 20 // 64-bit UIDs

/** The decimal card number for what a reader typed, in the format it is set to. */
export function readCard(typed: string, format: CardFormat): CardReading {
  const t = typed.trim()
  if (!t) return { ok: false, problem: 'empty' }
  switch (format) {
    case 'decimal': {
      if (!/^\d+$/.test(t)) return { ok: false, problem: 'notDecimal' }
      const n = t.replace(/^0+(?=\d)/, '')
      return n.length > MAX_DECIMAL_DIGITS
        ? { ok: false, problem: 'tooLong' }
        : { ok: true, cardNo: n }
    }
    case 'hex':
    case 'hexReversed': {
      const h = t.replace(/^0x/i, '').replace(/[\s:-]/g, '')
      if (!/^[0-9a-fA-F]+$/.test(h)) return { ok: false, problem: 'notHex' }
      if (h.length > 16) return { ok: false, problem: 'tooLong' }
      if (format === 'hexReversed' && h.length % 2 !== 0) return { ok: false, problem: 'oddHex' }
      const ordered = format === 'hexReversed' ? (h.match(/../g) ?? []).reverse().join('') : h
      return { ok: true, cardNo: BigInt(`0x${ordered}`).toString(10) }
    }
    case 'wiegand26':
    case 'wiegand34': {
      const m = /^(\d{1,5})[:/,.\s-](\d{1,5})$/.exec(t)
      if (!m) return { ok: false, problem: 'notWiegand' }
      const facility = Number(m[1])
      const number = Number(m[2])
      const maxFacility = format === 'wiegand26' ? 255 : 65535
      if (facility > maxFacility) return { ok: false, problem: 'facilityRange' }
      if (number > 65535) return { ok: false, problem: 'numberRange' }
      return { ok: true, cardNo: String(facility * 65536 + number) }
    }
  }
}

/** Facility code and number of a card number (for showing a Wiegand card as printed on it). */
export function wiegandParts(cardNo: string): { facility: number; number: number } | null {
  if (!/^\d{1,10}$/.test(cardNo)) return null
  const n = Number(cardNo)
  if (n > 0xffffffff) return null
  return { facility: Math.floor(n / 65536), number: n % 65536 }
}

/** Two spellings of one card compare equal after this: case, separators, leading zeros. */
export function normaliseCardNo(cardNo: string): string {
  const t = cardNo
    .trim()
    .toUpperCase()
    .replace(/[\s:-]/g, '')
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t
}

/** Two spellings of one employee number compare equal after this ("E-0012" = "e12"). */
export function normaliseEmployeeNo(employeeNo: string): string {
  const t = employeeNo
    .trim()
    .toUpperCase()
    .replace(/[\s._/-]/g, '')
  return t.replace(/(^|[^0-9])0+(?=\d)/g, '$1')
}
