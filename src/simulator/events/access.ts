// Access happenings played by the control API ("someone swipes a card at the reader"): the
// device decides like a terminal (known card? valid period? face enrolled?) and logs events.
import {
  decide,
  expireWaits,
  isWaiting,
  verdictEvents,
  type Presented,
} from '../access/decision.js'
import { DOOR_SHUT_MINOR, doorOfReader, doorShut } from '../access/door-gate.js'
import {
  antiPassbackAllows,
  antiPassbackPassed,
  ANTI_PASSBACK_FAIL,
} from '../access/anti-passback.js'
import { doorScheduleTick } from '../access/door-schedule.js'
import { attendanceFields } from '../access/attendance.js'
import { healthVerdict } from '../access/health.js'
import { expireMultiWaits, MULTI, multiVerdict } from '../access/multi-card.js'
import { effectiveVerifyMode } from '../access/reader-mode.js'
import type { SimDevice } from '../device.js'
import { syntheticFace } from '../media/synth.js'
import { faceKey } from '../state/data.js'
import type { EventRec, PersonRec } from '../state/model.js'
import { BLACK_FD } from '../state/ops.js'
import { speak } from '../access/voice.js'
import { duressAlarm, holdsFinger } from '../access/duress.js'
import { ID_BLOCKED_MINOR, isIdBlocked } from '../access/id-block-list.js'

export type TriggerSpec =
  | {
      kind: 'card'
      cardNo: string
      readerNo?: number
      /** The attendance key the person pressed (access/attendance.ts). */
      attendanceKey?: string
    }
  | {
      kind: 'face'
      employeeNo?: string
      match?: boolean
      readerNo?: number
      /** Health screening: a mask worn, skin temperature in °C (access/health.ts). */
      mask?: boolean
      temperature?: number
      attendanceKey?: string
    }
  | {
      kind: 'finger'
      employeeNo?: string
      match?: boolean
      readerNo?: number
      /** The finger presented (a duress finger raises the duress alarm: access/duress.ts). */
      fingerPrintID?: number
    }
  | { kind: 'pin'; employeeNo?: string; pin: string; readerNo?: number }
  | { kind: 'doorOpenTooLong'; doorNo?: number }
  | { kind: 'doorForced'; doorNo?: number }
  | { kind: 'tamper' }
  /** A resident ID card read at the reader (21.19.3): the person-and-card comparison's result. */
  | { kind: 'idCard'; idCardNo: string; name?: string; match?: boolean; readerNo?: number }
  | {
      kind: 'raw'
      major: number
      minor: number
      fields?: Record<string, unknown>
      picture?: boolean
    }

const eventUserType = (t: string): string => (t === 'blackList' ? 'blacklist' : t)

function personFields(p: PersonRec): Record<string, unknown> {
  return { name: p.name, employeeNoString: p.employeeNo, userType: eventUserType(p.userType) }
}

function isValidNow(dev: SimDevice, p: PersonRec): boolean {
  if (!p.Valid.enable) return true
  const local = (p.Valid.timeType === 'UTC' ? new Date(dev.now()).toISOString() : dev.iso()).slice(
    0,
    19,
  )
  return local >= p.Valid.beginTime && local <= p.Valid.endTime
}

/**
 * A door held shut (remain closed or asleep) lets no one through: 5/0x75, nothing opens
 * (access/door-gate.ts). True when the door may open.
 */
function gate(dev: SimDevice, p: Presented, out: EventRec[], base: Record<string, unknown>) {
  const doorNo = Number(base.doorNo ?? 1)
  if (!doorShut(dev, doorNo)) return true
  out.push(
    dev.recordEvent(5, DOOR_SHUT_MINOR, {
      ...base,
      ...p.fields,
      currentVerifyMode: effectiveVerifyMode(dev, p.readerNo),
      mask: 'unknown',
    }),
  )
  return false
}

/**
 * The reader's verdict on a known, valid holder (access/decision.ts) at a door that may open
 * (gate above), then the access rules:
 * anti-passback before (access/anti-passback.ts), the door's multi-factor rule after
 * (access/multi-card.ts). True: the caller logs its usual pass event and opens the door.
 */
function verdict(dev: SimDevice, p: Presented, out: EventRec[], base: Record<string, unknown>) {
  if (!gate(dev, p, out, base)) return false
  const doorNo = Number(base.doorNo ?? 1)
  const fields = { ...base, ...p.fields, mask: 'unknown' }
  if (!antiPassbackAllows(dev, p.readerNo, p.employeeNo)) {
    out.push(dev.recordEvent(5, ANTI_PASSBACK_FAIL, fields))
    return false
  }
  const v = decide(dev, p)
  if (v.kind === 'waiting' || v.kind === 'refused') {
    out.push(...verdictEvents(dev, v, fields, () => doorCycle(dev, doorNo)))
    return false
  }
  const person = dev.data.persons.get(p.employeeNo)
  const multi = person ? multiVerdict(dev, doorNo, person, fields) : { kind: 'none' as const }
  if (multi.kind === 'waiting') return false
  if (multi.kind === 'refused') {
    out.push(dev.recordEvent(5, multi.minor, fields))
    return false
  }
  antiPassbackPassed(dev, p.readerNo, p.employeeNo)
  if (multi.kind === 'passed') {
    out.push(dev.recordEvent(5, MULTI.passed, { ...fields, currentVerifyMode: v.mode }))
    doorCycle(dev, doorNo)
    return false
  }
  if (v.kind === 'alone') return true
  out.push(...verdictEvents(dev, v, fields, () => doorCycle(dev, doorNo)))
  return false
}

/** Doors opened for a verification, per terminal (the voice prompt says success after one). */
const opened = new WeakMap<SimDevice, number>()

function doorCycle(dev: SimDevice, doorNo: number): void {
  opened.set(dev, (opened.get(dev) ?? 0) + 1)
  dev.doorBank.pulse(doorNo)
}

const VERIFICATIONS = new Set(['card', 'face', 'finger', 'pin', 'idCard'])

/**
 * The voice prompt after a verification (access/voice.ts): success when a door opened for it,
 * failure when it was refused (an access event, and no second factor awaited).
 */
function voicePrompt(dev: SimDevice, readerNo: number, before: number, out: EventRec[]): void {
  if ((opened.get(dev) ?? 0) > before) {
    const named = out.find((e) => e.major === 5 && typeof e.fields.name === 'string')
    speak(dev, 'success', named?.fields.name as string | undefined)
  } else if (out.some((e) => e.major === 5) && !isWaiting(dev, readerNo)) speak(dev, 'failure')
}

export async function trigger(dev: SimDevice, spec: TriggerSpec): Promise<EventRec[]> {
  const out: EventRec[] = []
  const readerNo = 'readerNo' in spec && spec.readerNo ? spec.readerNo : 1
  const base = { cardReaderNo: readerNo, doorNo: doorOfReader(dev, readerNo) }
  doorScheduleTick(dev)
  out.push(...expireWaits(dev))
  out.push(...expireMultiWaits(dev))
  const mode = effectiveVerifyMode(dev, readerNo)
  const openedBefore = opened.get(dev) ?? 0
  switch (spec.kind) {
    case 'card': {
      const card = dev.data.cards.get(spec.cardNo)
      const person = card ? dev.data.persons.get(card.employeeNo) : undefined
      const fields = {
        ...base,
        cardReaderNo: spec.readerNo ?? 1,
        cardNo: spec.cardNo,
        cardType: 1,
        currentVerifyMode: mode,
        mask: 'unknown',
      }
      if (!card || !person)
        out.push(dev.recordEvent(5, 9, { ...fields, currentVerifyMode: 'invalid' }))
      else if (person.userType === 'blackList')
        out.push(dev.recordEvent(5, 6, { ...fields, ...personFields(person), cardType: 3 }))
      else if (!isValidNow(dev, person))
        out.push(dev.recordEvent(5, 8, { ...fields, ...personFields(person) }))
      else if (
        verdict(
          dev,
          { readerNo, factor: 'card', employeeNo: person.employeeNo, fields: personFields(person) },
          out,
          { ...base, cardNo: spec.cardNo, cardType: 1 },
        )
      ) {
        out.push(
          dev.recordEvent(5, 1, {
            ...fields,
            ...personFields(person),
            ...attendanceFields(dev, spec.attendanceKey),
          }),
        )
        doorCycle(dev, fields.doorNo)
      }
      break
    }
    case 'face': {
      const emp = spec.employeeNo
      const person = emp ? dev.data.persons.get(emp) : undefined
      const enrolled = emp ? dev.data.faces.get(faceKey(BLACK_FD, emp)) : undefined
      const pass = spec.match !== false && !!person && !!enrolled && isValidNow(dev, person)
      const pic = await syntheticFace(emp ? [...emp].reduce((a, c) => a + c.charCodeAt(0), 0) : 7, {
        width: 480,
        height: 640,
        quality: 60,
      })
      const faceRect = { height: 0.4, width: 0.3, x: 0.35, y: 0.2 }
      // Mask and skin temperature as measured (sic "isAbnomal"); they may keep the door closed.
      const reading = {
        ...(spec.mask !== undefined ? { mask: spec.mask } : {}),
        ...(spec.temperature !== undefined ? { temperature: spec.temperature } : {}),
      }
      const health = healthVerdict(dev, reading)
      if (pass && person && health.refused) {
        out.push(
          dev.recordEvent(
            5,
            76,
            {
              ...base,
              ...personFields(person),
              currentVerifyMode: mode,
              ...health.fields,
              picturesNumber: 1,
              FaceRect: faceRect,
            },
            pic,
          ),
        )
      } else if (
        pass &&
        person &&
        verdict(
          dev,
          { readerNo, factor: 'face', employeeNo: person.employeeNo, fields: personFields(person) },
          out,
          base,
        )
      ) {
        out.push(
          dev.recordEvent(
            5,
            75,
            {
              ...base,
              cardType: 1,
              ...personFields(person),
              currentVerifyMode: mode,
              ...health.fields,
              ...attendanceFields(dev, spec.attendanceKey),
              picturesNumber: 1,
              FaceRect: faceRect,
            },
            pic,
          ),
        )
        doorCycle(dev, base.doorNo)
      } else if (!pass)
        out.push(
          dev.recordEvent(
            5,
            76,
            {
              ...base,
              currentVerifyMode: mode,
              ...health.fields,
              picturesNumber: 1,
              FaceRect: faceRect,
            },
            pic,
          ),
        )
      break
    }
    case 'finger': {
      const emp = spec.employeeNo
      const person = emp ? dev.data.persons.get(emp) : undefined
      const has = !!emp && holdsFinger(dev, emp, spec.fingerPrintID)
      const matched = spec.match !== false && !!person && has && isValidNow(dev, person)
      if (
        matched &&
        person &&
        verdict(
          dev,
          { readerNo, factor: 'fp', employeeNo: person.employeeNo, fields: personFields(person) },
          out,
          { ...base, cardReaderKind: 4 },
        )
      ) {
        out.push(
          dev.recordEvent(5, 38, {
            ...base,
            cardReaderKind: 4,
            ...personFields(person),
            currentVerifyMode: mode,
            mask: 'unknown',
          }),
        )
        doorCycle(dev, base.doorNo)
        out.push(...duressAlarm(dev, person.employeeNo, spec.fingerPrintID, personFields(person)))
      } else if (!matched)
        out.push(
          dev.recordEvent(5, 39, {
            ...base,
            cardReaderKind: 4,
            currentVerifyMode: mode,
            mask: 'unknown',
          }),
        )
      break
    }
    case 'pin': {
      // Keypad PIN: 5/181 password authenticated, 5/150 password verify failed.
      const person = spec.employeeNo ? dev.data.persons.get(spec.employeeNo) : undefined
      const right =
        !!person &&
        person.password !== '' &&
        person.password === spec.pin &&
        isValidNow(dev, person)
      // A PIN completes a combination the reader waits for (card + PIN …); otherwise it opens alone.
      const pw: Presented | undefined = person && {
        readerNo,
        factor: 'pw',
        employeeNo: person.employeeNo,
        fields: personFields(person),
      }
      if (
        right &&
        pw &&
        (isWaiting(dev, readerNo) ? verdict(dev, pw, out, base) : gate(dev, pw, out, base))
      ) {
        out.push(
          dev.recordEvent(5, 181, {
            ...base,
            ...personFields(person),
            currentVerifyMode: 'cardOrPw',
            mask: 'unknown',
          }),
        )
        doorCycle(dev, base.doorNo)
      } else if (!right)
        out.push(
          dev.recordEvent(5, 150, { ...base, currentVerifyMode: 'cardOrPw', mask: 'unknown' }),
        )
      break
    }
    case 'doorOpenTooLong':
      out.push(
        dev.recordEvent(5, 28, {
          doorNo: spec.doorNo ?? 1,
          currentVerifyMode: 'invalid',
          mask: 'unknown',
        }),
      )
      break
    case 'doorForced':
      out.push(
        dev.recordEvent(5, 27, {
          doorNo: spec.doorNo ?? 1,
          currentVerifyMode: 'invalid',
          mask: 'unknown',
        }),
      )
      break
    case 'tamper':
      out.push(dev.recordEvent(1, 1028, { currentVerifyMode: 'invalid', mask: 'unknown' }))
      break
    case 'idCard': {
      const readerNo = spec.readerNo ?? 1
      // 5/105 person and ID card match, 5/112 they do not (event-types.ts); pushed as an
      // IDCardInfoEvent with the card's data (events/format.ts)
      out.push(
        // a number on the block list (access/id-block-list.ts) is refused: 5/113
        dev.recordEvent(
          5,
          isIdBlocked(dev, spec.idCardNo) ? ID_BLOCKED_MINOR : spec.match === false ? 112 : 105,
          {
            cardReaderNo: readerNo,
            doorNo: doorOfReader(dev, readerNo),
            currentVerifyMode: effectiveVerifyMode(dev, readerNo),
            mask: 'unknown',
            IDCardInfo: {
              name: spec.name ?? 'ZHANG SAN',
              sex: 'male',
              birth: '1990-02-24',
              addr: 'Simulated address',
              IDCardNo: spec.idCardNo,
              issuingAuthority: 'Simulated authority',
              startDate: '2015-01-01',
              endDate: '2035-01-01',
              nation: 1,
              isLongTermEffective: false,
            },
          },
        ),
      )
      break
    }
    case 'raw': {
      const pic = spec.picture ? await syntheticFace(spec.minor, { quality: 60 }) : undefined
      out.push(dev.recordEvent(spec.major, spec.minor, spec.fields ?? {}, pic))
      break
    }
  }
  if (VERIFICATIONS.has(spec.kind)) voicePrompt(dev, readerNo, openedBefore, out)
  return out
}
