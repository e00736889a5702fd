// Every event type of the guide's major/minor tables (docs/protocol/05-events.md §11) and every
// verify mode of its vocabulary (02-person-card.md) has words in English and Chinese.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  EVENT_TYPES,
  eventGroup,
  eventTypeName,
  verifyModeName,
} from '../../../src/shared/event-types'

const docs = join(__dirname, '../../../docs/protocol')
const section11 = (): string => {
  const text = readFileSync(join(docs, '05-events.md'), 'utf8')
  return text.slice(text.indexOf('## 11.'), text.indexOf('## 12.'))
}

/** "2/3/4" → [2,3,4]; "54–68" → 54..68; "0x415–0x419" → 1045..1049. */
function expand(cell: string): number[] {
  const out: number[] = []
  for (const part of cell.replaceAll('*', '').split('/')) {
    const [a, b] = part.split(/[–-]/).map((s) => Number(s.trim()))
    if (a === undefined || Number.isNaN(a)) continue
    const end = b === undefined || Number.isNaN(b) ? a : b
    for (let n = a; n <= end; n++) out.push(n)
  }
  return out
}

/** The codes the guide's tables list, as "major.minor". */
function tableCodes(): string[] {
  const s = section11()
  const codes: string[] = []
  for (const line of s.split('\n')) {
    const row = /^\| *[^|]+ \| *([^|]+) \|/.exec(line)
    if (row && /\d/.test(row[1]!) && !line.startsWith('| hex'))
      for (const n of expand(row[1]!)) codes.push(`5.${n}`)
    const major = /^(MAJOR_ALARM \(1\)|MAJOR_EXCEPTION \(2\)|MAJOR_OPERATION \(3\)):/.exec(line)
    if (major) {
      const m = Number(/\((\d)\)/.exec(major[1]!)![1])
      for (const hex of line.matchAll(/0x([0-9a-f]+)(?:–0x([0-9a-f]+)|\/0x([0-9a-f]+))?/gi)) {
        const a = parseInt(hex[1]!, 16)
        const b = hex[2] ? parseInt(hex[2], 16) : a
        for (let n = a; n <= b; n++) codes.push(`${m}.${n}`)
        if (hex[3]) codes.push(`${m}.${parseInt(hex[3], 16)}`)
      }
    }
  }
  return codes
}

describe('event type names', () => {
  const codes = tableCodes()

  it('reads the whole table of the guide (all four majors)', () => {
    expect(codes.length).toBeGreaterThan(150)
    for (const m of ['1.', '2.', '3.', '5.']) expect(codes.some((c) => c.startsWith(m))).toBe(true)
    expect(codes).toContain('3.112') // remote login
    expect(codes).toContain('2.1024') // power on
    expect(codes).toContain('5.60') // inside a range
  })

  it.each(tableCodes())('%s has a name in en and zh', (code) => {
    const name = EVENT_TYPES.get(code)
    expect(name, `${code} is not in src/shared/event-types.ts`).toBeDefined()
    expect(name!.en.trim()).not.toBe('')
    expect(name!.zh.trim()).not.toBe('')
    expect(name!.zh).not.toBe(name!.en)
  })

  it('every named type has both languages', () => {
    for (const [code, n] of EVENT_TYPES) {
      expect(n.en.trim(), code).not.toBe('')
      expect(n.zh.trim(), code).not.toBe('')
    }
  })

  it('logins and reboots are system events; a held-open door is an alarm', () => {
    expect(eventGroup(3, 112)).toBe('system')
    expect(eventGroup(2, 1024)).toBe('system')
    expect(eventGroup(3, 123)).toBe('system')
    expect(eventTypeName(3, 112, 'en')).toMatch(/login/i)
    expect(eventGroup(5, 28)).toBe('alarm')
    expect(eventTypeName(5, 28, 'en')).toBe('Door held open too long')
  })

  it('an unknown code is named by its group with its numbers', () => {
    expect(eventTypeName(3, 9999, 'en')).toBe('System event 3.9999')
    expect(eventTypeName(3, 9999, 'zh')).toBe('系统事件 3.9999')
    expect(eventGroup(5, 9999)).toBe('access')
  })
})

describe('verify modes in words', () => {
  const vocab = (): string[] => {
    const text = readFileSync(join(docs, '02-person-card.md'), 'utf8')
    const line = text.split('\n').find((l) => l.startsWith('`userVerifyMode`'))!
    const list = /\(guide\): `([^`]+)`/.exec(line)![1]!
    return list.split(',').map((s) => s.trim())
  }

  it('reads the guide vocabulary', () => expect(vocab().length).toBeGreaterThan(20))

  it.each(vocab())('%s reads as words in en and zh', (mode) => {
    const en = verifyModeName(mode, 'en')
    const zh = verifyModeName(mode, 'zh')
    expect(en).toMatch(/^[a-z. ]+$/)
    expect(zh).not.toMatch(/[a-z]/i)
  })

  it('spells out combinations', () => {
    expect(verifyModeName('cardOrFaceOrFp', 'en')).toBe('card or face or fingerprint')
    expect(verifyModeName('cardOrfaceOrPw', 'en')).toBe('card or face or password')
    expect(verifyModeName('employeeNoAndFace', 'zh')).toBe('工号加人脸')
    expect(verifyModeName('somethingNew', 'en')).toBe('somethingNew')
  })
})
