// Verify modes as a terminal reads them: "cardOrfaceOrPw" is three alternatives, "faceAndCard" one
// alternative needing two factors. Names are kept verbatim (mixed casing included) and parsed
// case-insensitively. `employeeNo` (typed on the keypad) counts as a factor of its own.
import type { Profile } from '../profiles/types.js'

export type Factor = 'card' | 'fp' | 'face' | 'pw' | 'employeeno' | 'iris'
const FACTORS: readonly string[] = ['card', 'fp', 'face', 'pw', 'employeeno', 'iris']

/** Alternatives, each a set of factors that together authenticate; [] for sleep / unknown names. */
export function alternatives(mode: string): Factor[][] {
  if (mode === 'sleep' || mode === 'invalid') return []
  const out: Factor[][] = []
  for (const alt of mode.split('Or')) {
    const factors = alt.split('And').map((f) => f.toLowerCase())
    if (factors.some((f) => !FACTORS.includes(f))) return []
    out.push([...new Set(factors)] as Factor[])
  }
  return out
}

/** What a reader enforces out of the factory: any of the credentials the terminal reads. */
export function factoryVerifyMode(p: Profile): string {
  const f = p.features
  const wish =
    f.has('face') && f.has('fingerprint') ? 'cardOrFaceOrFp' : f.has('face') ? 'cardOrFace' : 'card'
  if (p.verifyModes.includes(wish)) return wish
  return p.verifyModes.find((m) => m.includes('Or')) ?? p.verifyModes[0] ?? 'card'
}
