// The verify mode a reader enforces now: its Verify template's segment covering "now" (through
// CardReaderPlan/<reader>), otherwise its own default (CardReaderCfg/<reader>.defaultVerifyMode,
// factory value from the profile). "invalid" in a segment means "the default" too.
import type { SimDevice } from '../device.js'
import { templateModeAt } from './schedule-eval.js'
import { storedDoc } from './stored-doc.js'
import { factoryVerifyMode } from './verify-mode.js'

export function defaultVerifyMode(dev: SimDevice, readerNo: number): string {
  const cfg = storedDoc(dev, 'CardReaderCfg', readerNo)
  const m = cfg?.defaultVerifyMode
  return typeof m === 'string' && m !== '' ? m : factoryVerifyMode(dev.profile)
}

export function effectiveVerifyMode(dev: SimDevice, readerNo: number, ms = dev.now()): string {
  const plan = storedDoc(dev, 'CardReaderPlan', readerNo)
  const scheduled = templateModeAt(dev, 'Verify', Number(plan?.templateNo ?? 0), ms)
  return scheduled && scheduled !== 'invalid' ? scheduled : defaultVerifyMode(dev, readerNo)
}

/** Seconds a reader waits for the next factor of a combination (CardReaderCfg.pressTimeout). */
export function secondFactorTimeoutMs(dev: SimDevice, readerNo: number): number {
  const t = Number(storedDoc(dev, 'CardReaderCfg', readerNo)?.pressTimeout ?? 10)
  return (Number.isFinite(t) && t > 0 ? t : 10) * 1000
}
