// Real terminals close idle keep-alive connections. The simulator does too (timing.idleCloseMs,
// here sooner than the Keep-Alive header states, as a terminal that drops a connection the
// client still holds); the station's client must then open a new connection, not fail.
import { connect as tcp } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from '../../../src/main/isapi/index.js'
import type { IsapiClient } from '../../../src/main/isapi/index.js'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'

let fleet: Fleet
let client: IsapiClient

beforeAll(async () => {
  fleet = await startFleet({ profile: 'face-fp', timing: { idleCloseMs: 150 } })
  const d = fleet.devices[0]!
  client = connect({
    host: d.host,
    port: d.port,
    protocol: 'http',
    username: d.username,
    password: d.password,
  })
})
afterAll(async () => {
  await client.close()
  await fleet.close()
})

/** Opens a keep-alive connection, sends one request, resolves with the answer once the device closes the idle connection. */
function idleProbe(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const s = tcp(port, '127.0.0.1', () =>
      s.write(
        'GET /ISAPI/Security/userCheck HTTP/1.1\r\nHost: t\r\nConnection: keep-alive\r\n\r\n',
      ),
    )
    s.on('data', (c: Buffer) => chunks.push(c))
    s.on('error', reject)
    s.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')))
  })
}

describe('idle keep-alive connections', () => {
  it('the simulator closes an idle connection after one answer, which said keep-alive', async () => {
    const answer = await idleProbe(fleet.devices[0]!.port)
    expect(answer).toMatch(/^HTTP\/1\.1 401 /)
    expect(answer).toContain('Connection: keep-alive')
    expect(answer).toMatch(/Keep-Alive: timeout=10, max=99/)
  })

  it('the client works on after the device closed its idle connections (reads and a write)', async () => {
    expect((await client.system.deviceInfo()).model).toBe('DS-K1T671MF')
    // A probe opened after the client's last answer is closed after the client's connections.
    await idleProbe(fleet.devices[0]!.port)
    await client.persons.upsert({ employeeNo: '9001', name: 'After idle', userType: 'normal' })
    expect((await client.persons.get('9001'))?.name).toBe('After idle')
    await idleProbe(fleet.devices[0]!.port)
    expect((await client.system.deviceInfo()).model).toBe('DS-K1T671MF')
    expect((await fleet.control.failedLogins(fleet.devices[0]!)).addresses).toEqual({})
  })
})
