// `config list|get|caps|set` as an installer types them, against a face terminal and a 2-door
// controller; every change is seen through an independent read of the terminal.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from '../../src/main/isapi'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-config-'))
  for (const [i, d] of fleet.devices.entries())
    expect((await runCli(dataDir, addTerminalArgs(d, i === 0 ? 'Lobby' : 'Gate'))).code).toBe(0)
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args, 30_000)
const read = async (i: number, path: string, root: string) => {
  const c = connect({ ...fleet.devices[i]!, protocol: 'http' })
  try {
    return await c.config.read({ path, capsPath: '', format: 'xml', root })
  } finally {
    await c.close()
  }
}

describe('cli config', () => {
  it('lists what a terminal offers, with its doors', async () => {
    const r = await cli('config', 'list', 'Gate')
    expect(r.code).toBe(0)
    expect(r.json).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'DoorParam', ids: [1, 2] })]),
    )
  })

  it('sets the time zone; the terminal reports it', async () => {
    const r = await cli('config', 'set', 'Lobby', 'Time', 'timeZone=CST-8:00:00')
    expect(r).toMatchObject({
      code: 0,
      json: { changed: [expect.objectContaining({ key: 'timeZone', after: 'CST-8:00:00' })] },
    })
    expect(await read(0, '/ISAPI/System/time', 'Time')).toMatchObject({ timeZone: 'CST-8:00:00' })
    expect(await cli('config', 'get', 'Lobby', 'Time')).toMatchObject({
      code: 0,
      json: { values: { timeZone: 'CST-8:00:00' } },
    })
  })

  it('sets door 1’s open duration; out of range is exit 1 with the range, nothing sent', async () => {
    expect(
      (await cli('config', 'set', 'Gate', 'DoorParam', '--id', '1', 'openDuration=10')).code,
    ).toBe(0)
    expect(await read(1, '/ISAPI/AccessControl/Door/param/1', 'DoorParam')).toMatchObject({
      openDuration: '10',
    })
    const caps = await cli('config', 'caps', 'Gate', 'DoorParam', '--id', '2')
    expect(caps.json).toMatchObject({
      fields: expect.arrayContaining([
        expect.objectContaining({ key: 'openDuration', min: 1, max: 255 }),
      ]),
    })
    const bad = await cli('config', 'set', 'Gate', 'DoorParam', '--id', '1', 'openDuration=999')
    expect(bad).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'OUT_OF_RANGE', details: { min: 1, max: 255 } } },
    })
    expect(await read(1, '/ISAPI/AccessControl/Door/param/1', 'DoorParam')).toMatchObject({
      openDuration: '10',
    })
  })

  it('sets the NTP server on all terminals; a change one terminal refuses is sent to none', async () => {
    const all = await cli(
      'config',
      'set',
      'all',
      'NTPServer',
      '--id',
      '1',
      'addressingFormatType=hostname',
      'hostName=ntp.example.org',
    )
    expect(all.code).toBe(0)
    for (const i of [0, 1])
      expect(await read(i, '/ISAPI/System/time/ntpServers/1', 'NTPServer')).toMatchObject({
        hostName: 'ntp.example.org',
      })
    // the controller's readers have no face threshold: nothing is written to the face terminal either
    const refused = await cli(
      'config',
      'set',
      'all',
      'CardReaderCfg',
      '--id',
      '1',
      'faceMatchThreshold1=70',
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('nothing was sent')
    expect(await fleet.control.docs(0, 'CardReaderCfg/1')).toEqual({})
  })

  it('usage errors exit 2', async () => {
    expect((await cli('config', 'set', 'Lobby', 'Time')).code).toBe(2)
    expect((await cli('config', 'get', 'Lobby', 'Time', '--id', 'x')).code).toBe(2)
  })
})
