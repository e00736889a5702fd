import { compact, int, list, obj, str } from '../codec/read'

export interface FingerprintTemplate {
  employeeNo: string
  /** Finger slot 1..10. */
  fingerPrintID: number
  /** `normalFP` | `hijackFP` | `patrolFP` | `superFP` | `dismissingFP` (verbatim). */
  fingerType?: string
  /** Base64 template. Absent = edit parameters only. */
  fingerData?: string
  /** Reader numbers; default [1]. */
  readers?: number[]
  leaderFP?: number[]
}

export interface ReaderResult {
  reader: number
  code: number
  ok: boolean
  /** Plain meaning of cardReaderRecvStatus. */
  meaning: string
  /** Device text; for code 5 the employeeNo that already owns the finger. */
  errorMsg?: string
}

export interface UpsertResult {
  /** At least one reader stored the template (or the device gave no per-reader verdict). */
  ok: boolean
  readers: ReaderResult[]
}

const RECV: Record<number, string> = {
  0: 'reader connection failed',
  1: 'applied',
  2: 'fingerprint module offline',
  3: 'poor fingerprint quality',
  4: 'memory full',
  5: 'fingerprint already exists',
  6: 'fingerprint ID already exists',
  7: 'invalid fingerprint ID',
  8: 'already configured, no need to apply',
  10: 'module version too old for employeeNo',
}

export function parseFingerprintStatus(doc: unknown): UpsertResult & { totalStatus?: number } {
  const s = obj(obj(doc).FingerPrintStatus)
  const readers = list(s.StatusList).map((x): ReaderResult => {
    const o = obj(x)
    const code = int(o.cardReaderRecvStatus) ?? -1
    const r: ReaderResult = {
      reader: int(o.id) ?? 1,
      code,
      ok: code === 1 || code === 8,
      meaning: RECV[code] ?? `unknown status ${code}`,
    }
    const m = str(o.errorMsg)
    if (m) r.errorMsg = m
    return r
  })
  const out: UpsertResult & { totalStatus?: number } = {
    ok: readers.length === 0 ? str(s.status) !== 'failed' : readers.some((r) => r.ok),
    readers,
  }
  const t = int(s.totalStatus)
  if (t !== undefined) out.totalStatus = t
  return out
}

export function fingerprintToWire(t: FingerprintTemplate): Record<string, unknown> {
  return compact({
    employeeNo: t.employeeNo,
    enableCardReader: t.readers ?? [1],
    fingerPrintID: t.fingerPrintID,
    deleteFingerPrint: false,
    fingerType: t.fingerType ?? 'normalFP',
    fingerData: t.fingerData,
    leaderFP: t.leaderFP ?? [],
    checkEmployeeNo: true,
  })
}
