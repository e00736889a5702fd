// What the terminal says after a verification (guide 21.31, ch. 20; protocol-config 07 §6.1):
// with custom texts on (`TTSText.enable`), the Success or Failure entry whose time segment holds
// the terminal's time of day, after the person's name when `prefix` is `name`. No entry for
// now: the built-in prompt (nothing recorded). The simulator cannot make a sound: it records
// what it would say, readable over the control API (GET spoken).
// On a date inside an enabled holiday plan (ch. 19, access/tts-holiday.ts) that plan's own
// prefix and Success / Failure texts replace the daily ones, whatever the daily `enable` says.
import type { SimDevice } from '../device.js'
import { holidayPlanOn } from './tts-holiday.js'

export interface Spoken {
  /** Device time of the verification. */
  at: string
  outcome: 'success' | 'failure'
  text: string
}

interface TtsEntry {
  TimeSegment?: { beginTime?: string; endTime?: string }
  text?: string
}
interface TtsText {
  enable?: boolean
  prefix?: string
  Success?: TtsEntry[]
  Failure?: TtsEntry[]
}

const said = new WeakMap<SimDevice, Spoken[]>()
const KEEP = 50

export function spokenTexts(dev: SimDevice): Spoken[] {
  return said.get(dev) ?? []
}

/** The configured text for this outcome now, or null (custom texts off, or none for this time). */
export function speak(
  dev: SimDevice,
  outcome: 'success' | 'failure',
  name?: string,
): Spoken | null {
  const at = dev.iso()
  const daily = Object.entries(dev.data.docs).find(([k]) => k.startsWith('TTSText/'))?.[1] as
    TtsText | undefined
  const doc: TtsText | undefined = holidayPlanOn(dev, at.slice(0, 10)) ?? daily
  if (!doc || doc.enable !== true) return null
  const now = at.slice(11, 19)
  const entry = (outcome === 'success' ? doc.Success : doc.Failure)?.find(
    (e) =>
      (e.TimeSegment?.beginTime ?? '00:00:00') <= now &&
      now <= (e.TimeSegment?.endTime ?? '23:59:59'),
  )
  if (!entry?.text) return null
  const text = doc.prefix === 'name' && name ? `${name} ${entry.text}` : entry.text
  const spoken: Spoken = { at, outcome, text }
  const list = said.get(dev) ?? []
  list.push(spoken)
  if (list.length > KEEP) list.shift()
  said.set(dev, list)
  return spoken
}
