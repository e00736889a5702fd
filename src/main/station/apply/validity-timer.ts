// Re-plans persons at their validity boundaries (issue 17.2): a timer on the roster's next
// validity end or begin; when it fires, whoever crossed a boundary since the last look is handed
// on as changed (an ended validity is a revocation and goes first). The timer never sleeps longer
// than `recheckMs`, so a clock set forward (tests inject one; a machine's clock may jump) is
// noticed too. What passed while the station was stopped is covered by the plan of everyone that
// continuous apply makes when it starts.
import type { StationContext } from '../context'
import { localNow, msUntilLocal } from './validity'

export interface ValidityTimer {
  /** Looks again at the next boundary (after a roster change may have moved it). */
  rearm(): void
  close(): void
}

export function validityTimer(
  ctx: StationContext,
  crossed: (employeeNos: string[]) => void,
  recheckMs: number,
): ValidityTimer {
  const { store } = ctx
  let last = localNow(ctx.clock)
  let timer: ReturnType<typeof setTimeout> | null = null
  let closed = false

  const look = (): void => {
    timer = null
    if (closed) return
    const now = localNow(ctx.clock)
    if (now > last) {
      const nos = store.validity.crossed(last, now)
      last = now
      if (nos.length > 0) crossed(nos)
    }
    rearm()
  }

  const rearm = (): void => {
    if (closed) return
    if (timer) clearTimeout(timer)
    const next = store.validity.next(localNow(ctx.clock))
    let wait = recheckMs
    // an end at hh:mm:ss has passed once hh:mm:ss is over: the look comes a second after it
    if (next.end) wait = Math.min(wait, msUntilLocal(ctx.clock, next.end) + 1000)
    if (next.begin) wait = Math.min(wait, msUntilLocal(ctx.clock, next.begin))
    timer = setTimeout(look, wait)
    timer.unref?.()
  }

  rearm()
  return {
    rearm,
    close() {
      closed = true
      if (timer) clearTimeout(timer)
      timer = null
    },
  }
}
