// devices accounts permissions / levels and devices cert from the command line, against an
// HTTPS face terminal: the terminal's accounts and certificate change; a certificate file not
// for the terminal's request is refused with exit 1 and the terminal keeps its certificate.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect as tlsConnect } from 'node:tls'
import { X509Certificate } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccountRightsView } from '@shared/contract/account-rights'
import type { Fleet } from '../../src/simulator'
import { runCli } from '../helpers/cli'
import { fleetAddedByCli } from '../helpers/cli-terminal'
import { testCa } from '../helpers/test-ca'

let fleet: Fleet
let dataDir: string
const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli(dataDir, args, undefined, env)

function presented(): Promise<string> {
  const d = fleet.devices[0]!
  return new Promise((resolve, reject) => {
    const s = tlsConnect({ host: d.host, port: d.port, rejectUnauthorized: false }, () => {
      resolve(s.getPeerCertificate().fingerprint256)
      s.end()
    })
    s.on('error', reject)
  })
}

beforeAll(async () => {
  ;({ fleet, dataDir } = await fleetAddedByCli({ profile: 'face-fp', https: true }, 'Lobby'))
  const guard = await cli(['devices', 'accounts', 'add', 'Lobby', 'guard', '--password-stdin'], {
    STATION_ACCOUNT_PASSWORD: 'Guard-Pass-42',
  })
  expect(guard.code).toBe(0)
})
afterAll(async () => fleet.close())

describe('cli: accounts all at once, certificate', () => {
  it('grants and withdraws permissions, changes a level, in one request each', async () => {
    const set = await cli([
      'devices',
      'accounts',
      'permissions',
      'Lobby',
      'guard=+upgrade,-logOrStateCheck',
    ])
    expect(set.code).toBe(0)
    const guard = (set.json as AccountRightsView).accounts.find((a) => a.userName === 'guard')!
    expect(guard.remote).toMatchObject({ upgrade: true, logOrStateCheck: false })
    const level = await cli(['devices', 'accounts', 'levels', 'Lobby', 'guard=viewer'])
    expect(level.code).toBe(0)
    expect(
      (level.json as AccountRightsView).accounts.find((a) => a.userName === 'guard')?.level,
    ).toBe('Viewer')
    expect(
      (await cli(['devices', 'accounts', 'permissions', 'Lobby', 'admin=-upgrade'])).code,
    ).toBe(1)
    expect((await cli(['devices', 'accounts', 'levels', 'Lobby', 'guard=boss'])).code).toBe(2)
  })

  it('makes a signing request, refuses a stranger certificate, installs the signed one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-cert-'))
    const ca = testCa()
    const reqFile = join(dir, 'lobby.csr')
    const made = await cli([
      'devices',
      'cert',
      'csr',
      'Lobby',
      'hostName=127.0.0.1',
      'countryName=NL',
      '--out',
      reqFile,
    ])
    expect(made.code).toBe(0)
    expect(readFileSync(reqFile, 'utf8')).toMatch(/BEGIN CERTIFICATE REQUEST/)
    const before = await presented()
    writeFileSync(join(dir, 'other.pem'), ca.stranger())
    const refused = await cli(['devices', 'cert', 'install', 'Lobby', join(dir, 'other.pem')])
    expect(refused.code).toBe(1)
    expect(await presented()).toBe(before)
    const signed = ca.sign(readFileSync(reqFile, 'utf8'))
    writeFileSync(join(dir, 'lobby.pem'), signed)
    const installed = await cli(['devices', 'cert', 'install', 'Lobby', join(dir, 'lobby.pem')])
    expect(installed).toMatchObject({ code: 0, json: { pinUpdated: true } })
    expect(await presented()).toBe(new X509Certificate(signed).fingerprint256)
    expect((await cli(['devices', 'check', 'Lobby'])).code).toBe(0)
  })
})
