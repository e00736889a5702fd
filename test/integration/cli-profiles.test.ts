// `profiles …` as an installer types them, on 3 terminals of 2 models: create, assign by model,
// plan (nothing sent), apply --wait (seen through an independent read), drift after a change at
// the terminal, restore; bad input is a usage error.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from '../../src/main/isapi'
import { startFleet, type Fleet } from '../../src/simulator'
import { ControlClient } from '../../src/simulator/control-client'
import type { DriftView, ProfileJob, TerminalPlan } from '../../src/shared/contract/profiles'
import type { SiteReport } from '../../src/shared/contract/report'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 3, profile: ['face-fp', 'card-door', 'card-door'] })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-profiles-'))
  for (const [i, d] of fleet.devices.entries())
    expect((await runCli(dataDir, addTerminalArgs(d, `G${i + 1}`))).code).toBe(0)
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args, 30_000)
const openDuration = async (i: number, door: number) => {
  const c = connect({ ...fleet.devices[i]!, protocol: 'http' })
  try {
    const doc = await c.config.read({
      path: `/ISAPI/AccessControl/Door/param/${door}`,
      capsPath: '',
      format: 'xml',
      root: 'DoorParam',
    })
    return String((doc as Record<string, unknown>).openDuration)
  } finally {
    await c.close()
  }
}

describe('cli profiles', () => {
  it('create, assign by model, plan, apply --wait, drift, restore', async () => {
    expect((await cli('profiles', 'create', 'Gates', 'DoorParam#2', 'openDuration=11')).code).toBe(
      0,
    )
    const model = fleet.devices[1]!.model
    expect((await cli('profiles', 'assign', 'Gates', `model:${model}`)).code).toBe(0)
    const plan = await cli('profiles', 'plan')
    expect(plan.code).toBe(0)
    const plans = plan.json as TerminalPlan[]
    expect(plans.find((p) => p.device === 'G1')?.state).toBe('noProfile')
    expect(plans.find((p) => p.device === 'G2')?.items).toEqual([
      expect.objectContaining({ key: 'openDuration', before: '5', after: 11, status: 'change' }),
    ])
    expect(await openDuration(1, 2)).toBe('5')
    const apply = await cli('profiles', 'apply', '--wait')
    expect(apply.code).toBe(0)
    expect((apply.json as ProfileJob).steps.map((s) => s.state)).toEqual(['done', 'done'])
    expect(await openDuration(1, 2)).toBe('11')
    expect(await openDuration(2, 2)).toBe('11')

    await new ControlClient(fleet.controlUrl).localSetting(fleet.devices[2]!, 'DoorParam', 2, {
      openDuration: 3,
    })
    const drift = await cli('profiles', 'drift')
    expect(drift.code).toBe(1)
    expect((drift.json as DriftView[]).find((d) => d.device === 'G3')).toMatchObject({
      state: 'drifted',
      fields: [{ resource: 'DoorParam', instance: 2, key: 'openDuration', actual: '3' }],
    })
    expect((await cli('profiles', 'restore', 'G3')).code).toBe(0)
    expect(await openDuration(2, 2)).toBe('11')
    expect((await cli('profiles', 'drift')).code).toBe(0)
  })

  it('report --out writes HTML and PDF, read from the terminals now; --json gives the data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-cli-report-'))
    const html = await cli('report', '--out', join(dir, 'site.html'))
    expect(html.code).toBe(0)
    expect(html.json).toMatchObject({ summary: { notVerified: 0 } })
    expect(readFileSync(join(dir, 'site.html'), 'utf8')).toContain('Commissioning report')
    const pdf = await cli('report', '--out', join(dir, 'site.pdf'), '--lang', 'zh')
    expect(pdf.code).toBe(0)
    expect(readFileSync(join(dir, 'site.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
    const data = await cli('report')
    expect(data.code).toBe(0)
    expect((data.json as SiteReport).terminals.map((t) => t.identity?.serialNumber)).toEqual(
      fleet.devices.map((d) => d.serialNumber),
    )
    expect((await cli('report', '--out', join(dir, 'site.txt'))).code).toBe(2)
  })

  it('refuses bad input with a usage error and a coded error', async () => {
    expect((await cli('profiles', 'create', 'X', 'openDuration=3')).code).toBe(2)
    expect((await cli('profiles', 'assign', 'Gates', 'room:1')).code).toBe(2)
    const r = await cli('profiles', 'show', 'Nope')
    expect(r.code).toBe(1)
    expect(r.json).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const bad = await cli('profiles', 'create', 'Y', 'NoSuchThing', 'a=1')
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
  })
})
