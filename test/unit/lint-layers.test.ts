// Each layer arrow of ARCHITECTURE.md is an ESLint rule; this proves each rule bites.
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

describe('layer arrows', () => {
  // The first lint loads the config, the TypeScript parser and every plugin: seconds on a busy
  // machine. It happens here, under its own bound, so no case pays for it.
  beforeAll(() => eslint.lintText('export {}\n', { filePath: 'src/main/probe.ts' }), 120_000)

  it.each([
    ['src/main/isapi/probe.ts', "import { app } from 'electron'\nexport const a = app\n"],
    ['src/main/station/probe.ts', "import { app } from 'electron'\nexport const a = app\n"],
    ['src/main/store/probe.ts', "import { app } from 'electron'\nexport const a = app\n"],
    ['src/renderer/src/probe.ts', "import { app } from 'electron'\nexport const a = app\n"],
  ])('%s may not import electron', async (file, code) => {
    expect((await restrictedImports(file, code)).join()).toMatch(/electron/)
  })

  it('lets the Electron folder, the Electron entry and the preload import electron', async () => {
    const code = "import { app } from 'electron'\nexport const a = app\n"
    expect(await restrictedImports('src/main/electron/probe.ts', code)).toEqual([])
    expect(await restrictedImports('src/main/index.ts', code)).toEqual([])
    expect(await restrictedImports('src/preload/probe.ts', code)).toEqual([])
  })

  it('keeps the renderer out of src/main and Node', async () => {
    expect(
      await restrictedImports(
        'src/renderer/src/features/x/probe.ts',
        "import { createStation } from '../../../../main/station'\nexport const s = createStation\n",
      ),
    ).toHaveLength(1)
    expect(
      await restrictedImports(
        'src/renderer/src/probe.ts',
        "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n",
      ),
    ).toHaveLength(1)
  })

  it('keeps the simulator an independent reading of the protocol', async () => {
    expect(
      await restrictedImports(
        'src/simulator/probe.ts',
        "import { connect } from '../main/isapi'\nexport const c = connect\n",
      ),
    ).toHaveLength(1)
  })

  it('keeps the ISAPI client ignorant of the station, the store and the simulator', async () => {
    expect(
      await restrictedImports(
        'src/main/isapi/probe.ts',
        "import { createStation } from '../station'\nexport const s = createStation\n",
      ),
    ).toHaveLength(1)
    expect(
      await restrictedImports(
        'src/main/isapi/probe.ts',
        "import { openStore } from '../store'\nexport const s = openStore\n",
      ),
    ).toHaveLength(1)
    expect(
      await restrictedImports(
        'src/main/isapi/probe.ts',
        "import { startFleet } from '../../simulator'\nexport const s = startFleet\n",
      ),
    ).toHaveLength(1)
  })

  it('keeps the station from starting the simulator (only composition roots may)', async () => {
    const code = "import { startFleet } from '../../simulator'\nexport const s = startFleet\n"
    expect(await restrictedImports('src/main/station/probe.ts', code)).toHaveLength(1)
    expect(await restrictedImports('src/main/web/probe.ts', code)).toEqual([])
  })

  it('keeps src/shared pure', async () => {
    expect(
      await restrictedImports(
        'src/shared/probe.ts',
        "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n",
      ),
    ).toHaveLength(1)
  })
  it('lets only ctx.audit write the audit log', async () => {
    const code =
      'declare const ctx: { store: { audit: { record(e: object): void } } }\nctx.store.audit.record({})\n'
    const ruled = async (filePath: string) => {
      const [result] = await eslint.lintText(code, { filePath })
      return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax')
    }
    expect((await ruled('src/main/station/probe.ts'))[0]?.message).toMatch(/ctx\.audit/)
    expect(await ruled('src/main/station/audit/feature.ts')).toEqual([])
  })
})
