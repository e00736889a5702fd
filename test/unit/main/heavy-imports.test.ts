// Packages that take about a second to load are loaded at first use, not when the station
// starts: every station start pays for what it imports (each end-to-end test starts one, each
// CLI command is one). Before exceljs was loaded lazily, a browser-mode start at load 30 took
// 10.6 s instead of 5.4 s (median of 5; bench/station-start.ts measures it).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// package → why it is heavy (module loading alone, on a quiet machine)
const LOAD_AT_FIRST_USE = {
  exceljs: 'about 80 packages, ~1 s',
  pdfkit: 'fonts and its layout engine',
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  )
}

describe('heavy packages are loaded at first use, not at station start', () => {
  const files = sources('src/main')
  for (const pkg of Object.keys(LOAD_AT_FIRST_USE)) {
    it(`${pkg} is imported only as a type or with import()`, () => {
      // a value import at the top of a module, or a require: both load the package at start
      const eager = new RegExp(
        `^\\s*import\\s+(?!type\\b)[^;]*?from\\s+['"]${pkg}['"]|require\\(\\s*['"]${pkg}['"]\\s*\\)`,
        'm',
      )
      const offenders = files.filter((f) => eager.test(readFileSync(f, 'utf8')))
      expect(offenders).toEqual([])
    })
  }
  it('each of them is still used (the list names real dependencies)', () => {
    const all = files.map((f) => readFileSync(f, 'utf8')).join('\n')
    for (const pkg of Object.keys(LOAD_AT_FIRST_USE)) expect(all, pkg).toContain(`import('${pkg}')`)
  })
})
