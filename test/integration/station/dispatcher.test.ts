import { afterEach, describe, expect, it } from 'vitest'
import type { StationInfo } from '../../../src/shared/model'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { LATEST_VERSION } from '../../../src/main/store'
import { METHOD_NAMES } from '../../../src/shared/api'
import { silentLogger } from '../../../src/main/platform/logger'
import { createDispatcher } from '../../../src/main/station/dispatcher'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation
afterEach(async () => t?.station.close())

describe('station.call', () => {
  it('answers station.info with version, data dir, schema and empty roster counts', async () => {
    t = testStation()
    const result = await t.station.call('station.info', {})
    expect(result.ok).toBe(true)
    const info = (result as { value: StationInfo }).value
    expect(info).toMatchObject({
      version: '0.0.0-test',
      dataDir: t.dataDir,
      bridge: 'test',
      schemaVersion: LATEST_VERSION,
    })
    expect(info.counts).toEqual({
      persons: 0,
      cards: 0,
      fingerprints: 0,
      faces: 0,
      irises: 0,
      devices: 0,
    })
  })

  it('refuses unknown methods and invalid arguments as coded errors, never throws', async () => {
    t = testStation()
    expect(await t.station.call('station.selfDestruct', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    })
    expect(await t.station.call('toString', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    })
    const bad = await t.station.call('settings.set', { listenPort: 'eighty' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
    expect(JSON.stringify(bad)).toContain('listenPort')
    expect(await t.station.call('settings.set', null)).toMatchObject({ ok: true })
  })

  it('has a handler for every contract method (nothing answers NOT_IMPLEMENTED)', async () => {
    t = testStation()
    const missing: string[] = []
    for (const method of METHOD_NAMES) {
      const r = await t.station.call(method, {})
      if (!r.ok && (r.error.code === 'NOT_IMPLEMENTED' || r.error.code === 'UNKNOWN_METHOD'))
        missing.push(method)
    }
    expect(missing).toEqual([])
  })

  it('answers NOT_IMPLEMENTED for a contract method without a handler', async () => {
    const dispatch = createDispatcher({}, silentLogger)
    expect(await dispatch('station.info', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_IMPLEMENTED' },
    })
  })

  it('persists settings, pushes settings.changed and writes the audit log', async () => {
    t = testStation({ onDisk: true })
    const seen: unknown[] = []
    t.station.subscribe((event, payload) => seen.push([event, payload]))
    const set = await t.station.call('settings.set', { theme: 'dark', listenPort: 9000 })
    expect(set).toMatchObject({
      ok: true,
      value: { theme: 'dark', listenPort: 9000, language: 'en' },
    })
    expect(seen).toEqual([
      ['settings.changed', expect.objectContaining({ theme: 'dark', listenPort: 9000 })],
    ])
    await t.station.close()
    const db = new Database(join(t.dataDir, 'roster.sqlite'), { readonly: true })
    expect(db.prepare('SELECT action, subject, details FROM audit_log').all()).toEqual([
      {
        action: 'settings.set',
        subject: 'settings',
        details: JSON.stringify({ theme: 'dark', listenPort: 9000 }),
      },
    ])
    db.close()

    t = testStation({ onDisk: true, dataDir: t.dataDir })
    expect(await t.station.call('settings.get', {})).toMatchObject({
      ok: true,
      value: { theme: 'dark', listenPort: 9000 },
    })
  })
})
