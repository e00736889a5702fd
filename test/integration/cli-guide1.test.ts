// picture restore and listening add / replace from the command line, against a face terminal:
// the terminal's own documents and slots change; without --yes or with a bad URL, exit 2 and
// nothing sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from '../../src/main/isapi'
import type { Fleet } from '../../src/simulator'
import { runCli } from '../helpers/cli'
import { fleetAddedByCli } from '../helpers/cli-terminal'

let fleet: Fleet
let dataDir: string
const cli = (args: string[]) => runCli(dataDir, args)

beforeAll(async () => {
  ;({ fleet, dataDir } = await fleetAddedByCli({ profile: 'face-fp' }, 'Lobby'))
})
afterAll(async () => fleet.close())

async function slotsOnTerminal(): Promise<string[]> {
  const c = connect({ ...fleet.devices[0]!, protocol: 'http' })
  try {
    return (await c.httpHosts.list()).map((h) => `${h.ipAddress ?? h.hostName}:${h.portNo}${h.url}`)
  } finally {
    await c.close()
  }
}

describe('cli: picture restore, listening hosts', () => {
  it('picture restore needs --yes, then forgets the tuned colour', async () => {
    expect((await cli(['config', 'set', 'Lobby', 'Color', 'brightnessLevel=80'])).code).toBe(0)
    expect(Object.keys(await fleet.control.docs(0, 'Color/'))).toEqual(['Color/0'])
    expect((await cli(['picture', 'restore', 'Lobby'])).code).toBe(2)
    expect(Object.keys(await fleet.control.docs(0, 'Color/'))).toEqual(['Color/0'])
    expect(await cli(['picture', 'restore', 'Lobby', '--yes'])).toMatchObject({
      code: 0,
      json: { channel: 1 },
    })
    expect(await fleet.control.docs(0, 'Color/')).toEqual({})
  })

  it('listening add puts a host in a free slot; replace empties the others', async () => {
    expect((await cli(['listening', 'add', 'Lobby', 'not a url'])).code).toBe(2)
    expect((await cli(['listening', 'add', 'Lobby', 'http://10.0.0.5:8080/a'])).code).toBe(0)
    expect(await slotsOnTerminal()).toContain('10.0.0.5:8080/a')
    expect((await cli(['listening', 'replace', 'Lobby', 'http://10.0.0.6/b'])).code).toBe(2)
    expect((await cli(['listening', 'replace', 'Lobby', 'http://10.0.0.6/b', '--yes'])).code).toBe(
      0,
    )
    const after = await slotsOnTerminal()
    expect(after).toContain('10.0.0.6:80/b')
    expect(after).not.toContain('10.0.0.5:8080/a')
  })
})
