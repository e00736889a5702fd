// "192.168.1.10-20", "192.168.1.10-192.168.1.20" or one address → the IPv4 addresses in it,
// at most MAX_RANGE (a typo must not become 65,536 login attempts).
export const MAX_RANGE = 256

export type RangeReading =
  { ok: true; hosts: string[] } | { ok: false; problem: 'notAddress' | 'backwards' | 'tooMany' }

const toInt = (a: string): number | null => {
  const parts = a.split('.')
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null
  return parts.reduce((n, p) => n * 256 + Number(p), 0)
}
const toAddress = (n: number): string =>
  [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.')

export function expandAddressRange(text: string): RangeReading {
  const [fromText = '', toText] = text.trim().split(/\s*-\s*/)
  const from = toInt(fromText)
  if (from === null) return { ok: false, problem: 'notAddress' }
  let to = from
  if (toText !== undefined) {
    const full = /^\d{1,3}$/.test(toText)
      ? `${fromText.split('.').slice(0, 3).join('.')}.${toText}`
      : toText
    const n = toInt(full)
    if (n === null) return { ok: false, problem: 'notAddress' }
    to = n
  }
  if (to < from) return { ok: false, problem: 'backwards' }
  if (to - from + 1 > MAX_RANGE) return { ok: false, problem: 'tooMany' }
  const hosts: string[] = []
  for (let n = from; n <= to; n++) hosts.push(toAddress(n))
  return { ok: true, hosts }
}
