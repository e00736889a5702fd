// One rule for the number and the bar, so they always agree: the percentage is the part of the
// work that reached the terminals (done); the bar's green part is exactly that share. Steps the
// terminal cannot hold (or that were gone or replaced) are not work and leave the bar; credentials
// not sent because their person was refused stay in it, grey, and are counted apart.
import type { ApplyDeviceProgress } from '@shared/model'

export interface BarParts {
  /** Steps that count: total minus those that were never work. */
  relevant: number
  done: number
  failed: number
  /** Not sent because the person was refused first. */
  personRefused: number
  /** Not sendable: the terminal cannot hold them. */
  cannotHold: number
  /** Gone meanwhile or replaced by a newer plan. */
  otherSkipped: number
  pending: number
  /** Whole percent of relevant steps done (100 when there is nothing to do). */
  percent: number
}

type Counts = Pick<ApplyDeviceProgress, 'total' | 'done' | 'failed' | 'skipped' | 'skippedBy'>

export function barParts(list: Counts[]): BarParts {
  const p = { total: 0, done: 0, failed: 0, personRefused: 0, cannotHold: 0, otherSkipped: 0 }
  let skipped = 0
  for (const c of list) {
    p.total += c.total
    p.done += c.done
    p.failed += c.failed
    skipped += c.skipped
    const by = c.skippedBy ?? { cannotHold: c.skipped, personRefused: 0, other: 0 }
    p.cannotHold += by.cannotHold
    p.personRefused += by.personRefused
    p.otherSkipped += by.other
  }
  const relevant = p.total - p.cannotHold - p.otherSkipped
  const pending = Math.max(0, p.total - p.done - p.failed - skipped)
  const percent = relevant <= 0 ? 100 : Math.floor((p.done / relevant) * 100)
  return {
    relevant,
    done: p.done,
    failed: p.failed,
    personRefused: p.personRefused,
    cannotHold: p.cannotHold,
    otherSkipped: p.otherSkipped,
    pending,
    percent,
  }
}
