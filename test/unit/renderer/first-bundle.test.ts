// Issue 19 (UI cold open): the Chinese strings are not in what the first screen loads. Walks the
// renderer's static imports from its entry (what the bundler puts in the first chunk; a dynamic
// `import()` starts a chunk of its own) and checks that no Chinese string file is among them,
// while the language switch can still reach them (index.ts imports them dynamically).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const renderer = join(root, 'src/renderer/src')

/** The module an import specifier names, or null for a package or an asset. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@shared/')
    ? join(root, 'src/shared', spec.slice('@shared/'.length))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null
  if (!base || /\.(css|svg|png)$/.test(spec)) return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate
  throw new Error(`${relative(root, from)}: cannot resolve ${spec}`)
}

/** Specifiers of a module's static value imports and re-exports (type-only ones are erased). */
function staticImports(source: string): string[] {
  const found: string[] = []
  const statement = /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s+'([^']+)'/gm
  for (const m of source.matchAll(statement)) if (!m[2]) found.push(m[4]!)
  for (const m of source.matchAll(/^\s*import\s+'([^']+)'/gm)) found.push(m[1]!)
  return found
}
const dynamicImports = (source: string): string[] =>
  [...source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!)

function firstChunk(entry: string): Set<string> {
  const seen = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, spec)
      if (target) queue.push(target)
    }
  }
  return seen
}

const isChinese = (file: string) => /(^|[./-])zh\.ts$/.test(file) || file.endsWith('-zh.ts')

it('the first chunk holds the English strings and none of the Chinese', () => {
  const first = [...firstChunk(join(renderer, 'main.tsx'))].map((f) => relative(renderer, f))
  expect(first).toContain('i18n/en.ts')
  expect(first).toContain('i18n/persons.en.ts')
  expect(first.filter(isChinese)).toEqual([])
})

it('the language switch loads the Chinese strings as a chunk of their own', () => {
  const index = join(renderer, 'i18n/index.ts')
  const loaded = dynamicImports(readFileSync(index, 'utf8')).map((s) => resolveImport(index, s)!)
  expect(loaded.map((f) => relative(renderer, f))).toEqual(['i18n/translation-zh.ts'])
  const chunk = [...firstChunk(loaded[0]!)].map((f) => relative(renderer, f))
  expect(chunk).toContain('i18n/zh.ts')
  expect(chunk).toContain('i18n/persons.zh.ts')
})
