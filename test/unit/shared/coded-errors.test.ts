// Issue 17 item 7: no station error crosses the contract as an English sentence only. Every
// error src/main raises carries a reason code with parameters (details.reason, made by
// codedFailure / codedFail) that the renderer words in en and zh; the few places that only pass
// on an error already raised are listed here by file. A reason code named in src/main that has
// no words fails too.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isReasonCode } from '../../../src/shared/reason-text'

const ROOT = join(__dirname, '../../..')

/** Files that re-wrap a failure already raised (its code and words pass on unchanged). */
const PASS_ON: Record<string, number> = {
  // device failures: the ISAPI error's category becomes the code (title and advice by code)
  'src/main/station/devices/isapi-failure.ts': 1,
  // a caught non-AppFailure becomes INTERNAL (title and advice by code)
  'src/main/station/profiles/journal.ts': 1,
  'src/main/station/profiles/site-service.ts': 1,
  // a plan's error (already coded) is carried into the report
  'src/main/station/profiles/report/collect.ts': 1,
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
const sources = files(join(ROOT, 'src/main'))
  .map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }))
  .filter(({ file }) => !file.startsWith('src/main/isapi/'))

/** The top-level arguments of each call of `callee` in `text` (quotes and brackets respected). */
function callArgs(text: string, callee: RegExp): string[][] {
  const out: string[][] = []
  for (const m of text.matchAll(callee)) {
    const args: string[] = []
    let depth = 0
    let quote: string | null = null
    let start = m.index + m[0].length
    for (let i = start; i < text.length; i++) {
      const c = text[i]!
      if (quote) {
        if (c === '\\') i++
        else if (c === quote) quote = null
      } else if (c === "'" || c === '"' || c === '`') quote = c
      else if ('([{'.includes(c)) depth++
      else if (')]}'.includes(c)) {
        if (depth === 0) {
          args.push(text.slice(start, i).trim())
          break
        }
        depth--
      } else if (c === ',' && depth === 0) {
        args.push(text.slice(start, i).trim())
        start = i + 1
      }
    }
    out.push(args.filter((a) => a !== ''))
  }
  return out
}
/** The string literals an argument can evaluate to (of `c ? 'a' : 'b'`, the two results). */
const literals = (arg: string | undefined): string[] =>
  [...(arg ?? '').replace(/^[^?]*\?(?=\s)/s, '').matchAll(/'(\w+)'/g)].map((q) => q[1]!)
const CODED = /(?<![\w.])codedFail(?:ure)?\(/g
const RAW = /new AppFailure\(|(?<![\w.])fail\((?=\s*')/g

describe('station errors are codes with parameters', () => {
  it('src/main raises no AppFailure with only a sentence', () => {
    const raw = sources.flatMap(({ file, text }) => {
      // a raw AppFailure passes only when its details carry a coded reason
      const bare = callArgs(text, RAW).filter((args) => !/\breason\b/.test(args[2] ?? ''))
      return bare.length > (PASS_ON[file] ?? 0) ? [`${file}: ${bare.length}`] : []
    })
    expect(raw).toEqual([])
  })

  it('every reason code src/main names has words', () => {
    const named = sources.flatMap(({ file, text }) => [
      ...callArgs(text, CODED).flatMap((args) => literals(args[1]).map((code) => ({ file, code }))),
      ...[...text.matchAll(/reason(?:Code)?: \{ code: '(\w+)'|reasonCode: '(\w+)'/g)].map((m) => ({
        file,
        code: (m[1] ?? m[2])!,
      })),
    ])
    expect(named.length).toBeGreaterThan(120)
    expect(named.filter((n) => !isReasonCode(n.code))).toEqual([])
  })
})

/** Where the station reports progress or a per-item reason to the UI (issue 17): enrolment,
 *  maintenance, the terminal comparison (sync), the photo import and the face check. */
const PROGRESS_PATHS = [
  'src/main/station/enroll/',
  'src/main/station/maintenance/',
  'src/main/station/sync/',
  'src/main/station/import/photo-zip.ts',
  'src/main/station/roster/face-normaliser.ts',
]
/** A sentence (a literal with a space) given as a message or reason, or pushed as progress. */
/** English kept for the log beside a coded reason the UI words (holdings notice: noticeReason). */
const ENGLISH_BESIDE_CODE: Record<string, number> = {
  'src/main/station/sync/verify-holdings.ts': 1,
}
/** A string literal that reads as a sentence: a word, a space and a word outside any value. */
const WORDS = String.raw`[^'"\`\n]*?[A-Za-z]{2,} [A-Za-z($][^'"\`\n]*`
const LIT = String.raw`(['"\`])${WORDS}\1`
const SENTENCES = [
  `\\b(?:message|reason|why):\\s*${LIT}`,
  `\\b(?:emit|refuse)\\((?:[^()]|\\([^()]*\\))*?,\\s*${LIT}`,
  `(?:=>|\\?)\\s*\`${WORDS}\``,
].map((source) => new RegExp(source, 'g'))
const sentencesIn = (text: string): string[] =>
  SENTENCES.flatMap((re) => [...text.matchAll(re)].map((m) => m[0]))

describe('progress and per-item reasons are codes with parameters', () => {
  const scanned = sources.filter(({ file }) => PROGRESS_PATHS.some((p) => file.startsWith(p)))

  it('scans the files it names', () => {
    expect(scanned.length).toBeGreaterThan(20)
  })

  it('no sentence is sent as a progress message or a reason', () => {
    const sentences = scanned.flatMap(({ file, text }) => {
      const found = sentencesIn(text)
      return found.length > (ENGLISH_BESIDE_CODE[file] ?? 0)
        ? found.map((m) => `${file}: ${m}`)
        : []
    })
    expect(sentences).toEqual([])
  })

  it('the pattern catches what it must (a sentence as message, reason or emitted)', () => {
    const caught = (t: string) => sentencesIn(t).length
    expect(caught("c.report({ phase: 'captured', message: `Card ${n} read.` })")).toBe(1)
    expect(caught("failed.push({ employeeNo, reason: 'Not tried here' })")).toBe(1)
    expect(caught("emit('failed', 0, 'The upgrade failed')")).toBe(1)
    expect(caught('const M = { done: (name) => `${name} is back.` }')).toBe(1)
    expect(caught("emit('done', 100,\n  same\n    ? `${n} is back; still ${v}.`\n    : `x`)")).toBe(
      1,
    )
    expect(caught("throw refuse('tooLarge', `The picture cannot be made smaller`)")).toBe(1)
    expect(caught("said('saved', 'enrollCardSaved', { cardNo })")).toBe(0)
    expect(caught("outcome: { reason: 'unnamed' }")).toBe(0)
  })
})
