// terminal.documents / terminal.document against simulated terminals: each document offered as
// the terminal's capabilities say; DeployInfo names whoever holds an alertStream on it; a tamper
// alarm shows in the secure door control unit's status; capability documents come as the
// terminal sent them; a document the terminal lacks is refused with nothing sent; and the IdentityTerminal
// resource (21.30.8–10) is read, changed and refused out of range through the settings mechanism.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type {
  TerminalDocumentInfo,
  TerminalDocumentView,
} from '../../../src/shared/contract/terminal-documents'
import { addTerminalArgs, runCli } from '../../helpers/cli'
import { value } from '../../helpers/roster-fixtures'
import { DOORS, FACE, lobbyAndGate } from '../../helpers/lobby-and-gate'
import { alertStreamsOpen, client } from '../isapi/helpers'

const site = lobbyAndGate()
const { ids } = site

const read = async (device: number, name: string) =>
  value<TerminalDocumentView>(
    await site.t.station.call('terminal.document', { deviceId: ids[device]!, name }),
  )

describe('terminal documents', () => {
  it('reads the system service capabilities as JSON and the storage capability on every terminal (21.5.1/10, 21.5.9)', async () => {
    for (const device of [FACE, DOORS]) {
      const sys = await read(device, 'systemCapsJson')
      expect(sys.path).toBe('/ISAPI/System/capabilities')
      expect(sys.root).toBe('DeviceCap')
      expect(sys.content).toMatchObject({ SysCap: { NetworkCap: { isSupportNtp: true } } })
      const storage = await read(device, 'storageCaps')
      expect(storage.root).toBe('Storage')
      expect(Object.keys(storage.content)).toContain('hddList')
    }
  })

  it('offers the documents the capabilities name: face collection on the face terminal only', async () => {
    const face = value<TerminalDocumentInfo[]>(
      await site.t.station.call('terminal.documents', { deviceId: ids[FACE]! }),
    )
    const doors = value<TerminalDocumentInfo[]>(
      await site.t.station.call('terminal.documents', { deviceId: ids[DOORS]! }),
    )
    const offered = (l: TerminalDocumentInfo[]) => l.filter((d) => d.offered).map((d) => d.name)
    expect(offered(face)).toEqual(
      expect.arrayContaining(['deployInfo', 'faceCollectionProgress', 'clearPictureCaps']),
    )
    expect(offered(doors)).toContain('moduleStatus')
    expect(offered(doors)).not.toContain('faceCollectionCaps')
    expect(offered(doors)).not.toContain('clearPictureCaps')
  })

  it('DeployInfo lists each connection armed on the terminal: one more while a stream is open', async () => {
    // the station itself may hold one (it listens); count the entries around a second stream
    const armed = async () =>
      (await site.fleet.control.state(site.fleet.devices[FACE]!)).alertStreams
    const entries = async () =>
      JSON.stringify((await read(FACE, 'deployInfo')).content).split('"deployNo"').length - 1
    // settled: the terminal's list and its open streams agree
    await expect.poll(async () => (await entries()) - (await armed())).toBe(0)
    const n = await armed()
    const c = client(site.fleet.devices[FACE]!)
    const ac = new AbortController()
    const stream = (async () => {
      try {
        for await (const _ of c.events.alertStream({ signal: ac.signal })) void _
      } catch {
        /* aborted */
      }
    })()
    try {
      await alertStreamsOpen(site.fleet, site.fleet.devices[FACE]!, n + 1)
      const doc = await read(FACE, 'deployInfo')
      expect(doc.root).toBe('DeployInfo')
      expect(doc.path).toBe('/ISAPI/AccessControl/DeployInfo')
      expect(JSON.stringify(doc.content)).toContain('127.0.0.1')
      await expect.poll(entries).toBe(n + 1)
    } finally {
      ac.abort()
      await stream
      await c.close()
    }
    await alertStreamsOpen(site.fleet, site.fleet.devices[FACE]!, n)
    await expect.poll(entries).toBe(n)
    const caps = await read(FACE, 'deployInfoCaps')
    expect(caps.root).toBe('DeployInfo')
  })

  it('a tamper alarm shows in the secure door control unit status', async () => {
    const caps = await read(DOORS, 'moduleStatusCaps')
    expect(caps.root).toBe('ModuleStatus')
    const before = await read(DOORS, 'moduleStatus')
    expect(before.content.desmantelStatus).toMatch(/^0+$/)
    expect(before.content.onlineStatus).toMatch(/^1+$/)
    await site.fleet.control.triggerEvent(DOORS, { kind: 'tamper' })
    const after = await read(DOORS, 'moduleStatus')
    expect(String(after.content.desmantelStatus)[0]).toBe('1')
  })

  it('action capability documents come as the terminal sent them', async () => {
    const clear = await read(FACE, 'clearPictureCaps')
    expect(clear.root).toBe('ClearPictureCfgCap')
    expect(clear.content).toHaveProperty('ClearFlags')
    expect((await read(FACE, 'personDeleteCaps')).root).toMatch(/UserInfoDetail/)
    expect((await read(FACE, 'fingerprintDeleteCaps')).root).toMatch(/FingerPrint/)
    expect((await read(FACE, 'faceCollectionCaps')).root).toBe('CaptureFaceData')
    const progressCaps = await read(FACE, 'faceCollectionProgressCaps')
    expect(progressCaps.content).toHaveProperty('captureProgress')
    const idle = await read(FACE, 'faceCollectionProgress')
    expect(idle.content.captureProgress).toBe('0')
  })

  it('refuses a document the terminal lacks, nothing sent', async () => {
    const r = await site.t.station.call('terminal.document', {
      deviceId: ids[DOORS]!,
      name: 'faceCollectionProgress',
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } })
    const bad = await site.t.station.call('terminal.document', {
      deviceId: ids[DOORS]!,
      name: 'nope',
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
  })
})

describe('events held by the terminal (AcsEventTotalNum)', () => {
  it('counts what the terminal logged, all and one person’s', async () => {
    const count = async (employeeNo?: string) =>
      value<{ total: number }>(
        await site.t.station.call('terminal.eventCount', {
          deviceId: ids[DOORS]!,
          ...(employeeNo ? { employeeNo } : {}),
        }),
      ).total
    const before = await count()
    const log = (await site.fleet.control.events(DOORS)).length
    expect(before).toBe(log)
    await site.fleet.control.triggerEvent(DOORS, { kind: 'tamper' })
    await site.fleet.control.triggerEvent(DOORS, {
      kind: 'raw',
      major: 5,
      minor: 75,
      fields: { employeeNoString: '3131', name: 'Ada' },
    })
    expect(await count()).toBe(log + 2)
    expect(await count('3131')).toBe(1)
  })
})

describe('identity recognition terminal (settings mechanism)', () => {
  const set = (changes: Record<string, string | number>) =>
    site.t.station.call('config.set', {
      deviceId: ids[FACE]!,
      resource: 'IdentityTerminal',
      changes,
    })

  it('is changed on the terminal, read back independently; out of range refused before sending', async () => {
    expect((await set({ terminalMode: 'registerMode', comNo: 3 })).ok).toBe(true)
    const c = client(site.fleet.devices[FACE]!)
    try {
      const doc = await c.config.read({
        path: '/ISAPI/AccessControl/IdentityTerminal',
        capsPath: '',
        format: 'xml',
        root: 'IdentityTerminal',
      })
      expect(doc).toMatchObject({ terminalMode: 'registerMode', comNo: '3', camera: 'C270' })
    } finally {
      await c.close()
    }
    const r = await set({ comNo: 12 })
    expect(r).toMatchObject({ ok: false })
    const list = value<{ id: string; offered: boolean }[]>(
      await site.t.station.call('config.list', { deviceId: ids[DOORS]! }),
    )
    expect(list.find((x) => x.id === 'IdentityTerminal')?.offered).toBe(false)
  })
})

describe('cli', () => {
  it('documents list and documents show', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-cli-docs-'))
    expect((await runCli(dir, addTerminalArgs(site.fleet.devices[DOORS]!, 'Gate'))).code).toBe(0)
    const listed = await runCli(dir, ['documents', 'list', 'Gate'])
    expect(listed.json).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'moduleStatus', offered: true })]),
    )
    const shown = await runCli(dir, ['documents', 'show', 'Gate', 'moduleStatusCaps'])
    expect(shown.code).toBe(0)
    expect(shown.json).toMatchObject({ root: 'ModuleStatus' })
    const lacking = await runCli(dir, ['documents', 'show', 'Gate', 'faceCollectionCaps'])
    expect(lacking.code).toBe(1)
    const events = await runCli(dir, ['documents', 'events', 'Gate', '--person', '3131'])
    expect(events.json).toEqual({ total: 1 })
  })
})
