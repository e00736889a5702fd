// The UI's strings as i18next gets them (i18n/resources.ts, what index.ts registers): every
// string file in src/renderer/src/i18n is registered in its language, every feature has the same
// keys in English and Chinese, no string is empty and a translation interpolates the same values.
// The typecheck already ties each zh file to its en file; this catches what it cannot see: a
// feature file left out of the registry, an empty string.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../../../src/renderer/src/i18n/resources'

type Tree = { [key: string]: string | Tree }
const LANGS = ['en', 'zh'] as const
type Lang = (typeof LANGS)[number]

const dir = join(import.meta.dirname, '../../../src/renderer/src/i18n')
/** en.ts / zh.ts (shared) and <feature>.en.ts / <feature>.zh.ts. */
const stringFiles = (lang: Lang) =>
  readdirSync(dir).filter((f) => f === `${lang}.ts` || f.endsWith(`.${lang}.ts`))

const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  )
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()

async function stringsOf(file: string): Promise<Tree> {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>
  const objects = Object.values(mod).filter((v) => typeof v === 'object' && v !== null)
  expect(objects, `${file} exports one strings object`).toHaveLength(1)
  return objects[0] as Tree
}

const bundles = {} as Record<Lang, Tree>
beforeAll(async () => {
  const i18n = i18next.createInstance()
  await i18n.init({ resources, lng: 'en', fallbackLng: false, initAsync: false })
  for (const lang of LANGS) bundles[lang] = i18n.getResourceBundle(lang, 'translation') as Tree
})

/** Each feature file of a language ("apply") → the name it is registered under, if any. */
async function registrations(lang: Lang): Promise<Map<string, string | undefined>> {
  const found = new Map<string, string | undefined>()
  for (const file of stringFiles(lang).filter((f) => f !== `${lang}.ts`)) {
    const strings = await stringsOf(file)
    const name = Object.keys(bundles[lang]).find((k) =>
      isDeepStrictEqual(bundles[lang][k], strings),
    )
    found.set(file.replace(`.${lang}.ts`, ''), name)
  }
  return found
}

describe('UI strings as registered with i18next', () => {
  it.each(LANGS)('the shared %s strings are at the top of the namespace', async (lang) => {
    const shared = await stringsOf(`${lang}.ts`)
    expect(Object.keys(shared)).toContain('common')
    for (const [key, value] of Object.entries(shared))
      expect(bundles[lang][key], `${lang}.ts: ${key}`).toEqual(value)
  })

  it.each(LANGS)('every %s feature file is registered (features.ts)', async (lang) => {
    const found = await registrations(lang)
    expect(found.size).toBeGreaterThan(10)
    for (const [feature, name] of found) expect(name, `${feature}.${lang}.ts`).toBeDefined()
  })

  it("a feature's English and Chinese files are registered under the same name", async () => {
    expect(await registrations('zh')).toEqual(await registrations('en'))
  })

  it('every feature has the same keys in English and Chinese', () => {
    expect(Object.keys(bundles.zh).sort()).toEqual(Object.keys(bundles.en).sort())
    const keys = (lang: Lang, feature: string) =>
      leaves({ [feature]: bundles[lang][feature] ?? {} })
        .map(([key]) => key)
        .sort()
    for (const feature of Object.keys(bundles.en))
      expect(keys('zh', feature), feature).toEqual(keys('en', feature))
  })

  it.each(LANGS)('no %s string is empty, and each names the same values as English', (lang) => {
    const en = new Map(leaves(bundles.en))
    const all = leaves(bundles[lang])
    expect(all.length).toBeGreaterThan(500)
    for (const [key, text] of all) {
      expect(text.trim(), `${lang} ${key}`).not.toBe('')
      expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(en.get(key) ?? ''))
    }
  })
})
