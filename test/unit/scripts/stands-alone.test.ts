// A clone of the repository stands alone (issue 10): no source, script, test or document names
// the reference folder that sat beside the repository while it was written. The same search as
// the issue's `grep -rn` over .ts, .md and .mjs files outside node_modules and build output.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..', '..')
// spelled in parts, so that this file does not name it either
const OUTSIDE = ['..', 'shared'].join('/')
const SKIPPED = new Set([
  'node_modules',
  '.git',
  'out',
  'dist',
  'test-results',
  'playwright-report',
])
const SEARCHED = /\.(ts|md|mjs)$/

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) yield* files(join(dir, entry.name))
    } else if (SEARCHED.test(entry.name)) yield join(dir, entry.name)
  }
}

it('names no folder outside the repository in any .ts, .md or .mjs file', () => {
  const naming: string[] = []
  let searched = 0
  for (const file of files(ROOT)) {
    searched++
    const lines = readFileSync(file, 'utf8').split('\n')
    lines.forEach((line, i) => {
      if (line.includes(OUTSIDE)) naming.push(`${relative(ROOT, file)}:${i + 1}`)
    })
  }
  expect(searched).toBeGreaterThan(500) // the walk did reach the tree
  expect(naming).toEqual([])
})
