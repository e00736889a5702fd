// The feature layout (docs/ARCHITECTURE.md): every folder under src/main/station is one feature
// with exactly one feature.ts, and only that file maps contract methods to handlers; the
// folder's other files are services.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const STATION = 'src/main/station'
const folders = readdirSync(STATION).filter((f) => statSync(join(STATION, f)).isDirectory())

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : []
  })

/** A handler map naming a contract method: `handlers: { 'persons.save': …`. */
const MAPS_METHODS = /handlers:\s*\{\s*'[A-Za-z]+\.[A-Za-z]+'/

it('gives every station folder one feature.ts, the only file that maps contract methods', () => {
  expect(folders.length).toBeGreaterThan(10)
  for (const folder of folders) {
    const files = filesUnder(join(STATION, folder))
    expect(files, folder).toContain(join(STATION, folder, 'feature.ts'))
    const mapping = files.filter((f) => MAPS_METHODS.test(readFileSync(f, 'utf8')))
    expect(mapping, folder).toEqual(
      mapping.length === 0 ? [] : [join(STATION, folder, 'feature.ts')],
    )
    expect(
      files.filter((f) => f.endsWith('-feature.ts')),
      folder,
    ).toEqual([])
  }
})

it('registers each feature in station.ts by its one feature function, background parts included', () => {
  const station = readFileSync(join(STATION, 'station.ts'), 'utf8')
  const list = /const features: Feature\[\] = \[([\s\S]*?)\n {2}\]/.exec(station)?.[1] ?? ''
  const entries = list
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('//'))
  expect(entries.length).toBeGreaterThan(10)
  // `applying` is applyFeature's result, made before the list (other features use its service)
  for (const entry of entries) expect(entry).toMatch(/^([a-z][A-Za-z]*Feature\(.*\),|applying,)$/)
})
