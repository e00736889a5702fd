// Validity on the station's side (issue 17.2): a person whose validity has ended is no longer
// wanted on any terminal, so the end goes out as a removal by itself (the terminal's own check of
// endTime is kept, but a terminal with a wrong clock or an edited record no longer decides). A
// person whose validity has not begun yet is sent ahead, on purpose: terminals take a future
// beginTime and refuse the person until then by their own clock (guide 21.22, UserInfo Valid;
// the simulator does the same), so access starts to the second even when the station is off or
// the terminal is offline at the start. Nothing is held back silently: the person's state on each
// terminal and the pending list carry `startsAt` ("starts <date>", validityStartsAt).
// Times compare as ISAPI's Valid carries them: the station's local time without an offset.
import type { Validity } from '@shared/model'
import type { Clock } from '../../platform/clock'

/** The station's local time as 'YYYY-MM-DDThh:mm:ss'. */
export function localNow(clock: Clock): string {
  const d = clock.now()
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19)
}

/** Whether the person's validity is on and ended before `now` (local, as localNow gives it). */
export function validityEnded(valid: Validity, now: string): boolean {
  return valid.enable && valid.endTime < now
}

/** The validity's start when it is on and still ahead of `now` (local), else null. */
export function validityStartsAt(valid: Validity, now: string): string | null {
  return valid.enable && valid.beginTime > now ? valid.beginTime : null
}

/** Milliseconds from the clock's now until a local 'YYYY-MM-DDThh:mm:ss' time (≥ 0). */
export function msUntilLocal(clock: Clock, local: string): number {
  const [date, time] = local.split('T') as [string, string]
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number]
  const [h, mi, s] = time.split(':').map(Number) as [number, number, number]
  const at = new Date(y, mo - 1, d, h, mi, s).getTime()
  return Math.max(0, at - clock.now().getTime())
}
