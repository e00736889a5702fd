import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Department } from '@shared/contract/departments'
import type { ApplyJob, Device, PersonDetail } from '@shared/model'
import type { Result } from '@shared/result'
import { startFleet, type Fleet } from '../../../src/simulator'
import { runCli } from '../../helpers/cli'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation
let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())
afterEach(async () => t?.station.close())

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
const call = (method: string, args: unknown) => t.station.call(method, args)
const csv = [
  'employeeNo,name,department',
  '1,Ann,HQ',
  '2,Bo,HQ/Front office',
  '3,Cy,HQ2',
  '4,Di,Plant/Line 1',
].join('\n')
const load = async () =>
  value(
    await call('persons.importFile', {
      fileName: 'staff.csv',
      dataBase64: Buffer.from(csv).toString('base64'),
    }),
  )

describe('departments', () => {
  it('lists the tree with counts, adds, moves a subtree with its persons, removes only when empty', async () => {
    t = testStation()
    await load()
    const list = () => call('departments.list', {}).then((r) => value<Department[]>(r))
    expect(await list()).toEqual([
      { path: 'HQ', persons: 1, total: 2 },
      { path: 'HQ/Front office', persons: 1, total: 1 },
      { path: 'HQ2', persons: 1, total: 1 },
      { path: 'Plant', persons: 0, total: 1 },
      { path: 'Plant/Line 1', persons: 1, total: 1 },
    ])
    value(await call('departments.add', { path: 'Plant/Line 2' }))
    const twice = await call('departments.add', { path: 'Plant/Line 2' })
    expect(!twice.ok && twice.error.details?.reason).toMatchObject({ code: 'departmentExists' })

    const moved = value<{ persons: number }>(
      await call('departments.move', { from: 'HQ', to: 'Head office' }),
    )
    expect(moved.persons).toBe(2)
    const bo = value<PersonDetail>(await call('persons.get', { employeeNo: '2' }))
    expect(bo.groupName).toBe('Head office/Front office')
    // HQ2 is not below HQ
    expect(value<PersonDetail>(await call('persons.get', { employeeNo: '3' })).groupName).toBe(
      'HQ2',
    )
    const into = await call('departments.move', { from: 'Head office', to: 'Head office/Sub' })
    expect(!into.ok && into.error.code).toBe('INVALID_ARGS')

    const full = await call('departments.remove', { path: 'Plant' })
    expect(!full.ok && full.error.details?.reason).toMatchObject({
      code: 'departmentNotEmpty',
      params: { persons: 1, below: 2 },
    })
    expect(value(await call('departments.remove', { path: 'Plant/Line 2' }))).toEqual({
      removed: true,
    })
    expect((await list()).map((d) => d.path)).toEqual([
      'HQ2',
      'Head office',
      'Head office/Front office',
      'Plant',
      'Plant/Line 1',
    ])
  })

  it('a rule naming a department sends it and its sub-departments to the terminal, nobody else', async () => {
    t = testStation({
      apply: { concurrencyPerDevice: 2, flushMs: 10, retryMs: { first: 50, max: 200 } },
    })
    const d = fleet.devices[0]!
    value<Device>(
      await call('devices.add', {
        name: 'Reception',
        host: d.host,
        port: d.port,
        protocol: 'http',
        username: d.username,
        password: d.password,
      }),
    )
    await load()
    value(await call('assignments.add', { personScope: 'department:HQ', deviceScope: 'all' }))
    // the first rule made the implicit 'everyone everywhere' visible: take it away
    const rules = value<{ id: number; personScope: string }[]>(await call('assignments.list', {}))
    for (const r of rules.filter((x) => x.personScope === 'all'))
      value(await call('assignments.remove', { id: r.id, confirm: true }))
    const job = value<ApplyJob>(await call('apply.start', {}))
    await expect
      .poll(async () => value<ApplyJob>(await call('apply.status', { jobId: job.id })).state, {
        timeout: 30_000,
      })
      .toBe('done')
    await expect
      .poll(async () => (await fleet.control.state(0)).persons.map((p) => p.employeeNo).sort())
      .toEqual(['1', '2'])
  }, 60_000)

  it('CLI: departments list | add | move | remove', async () => {
    t = testStation({ onDisk: true })
    await load()
    await t.station.close()
    const cli = (...args: string[]) => runCli(t.dataDir, args)
    expect((await cli('departments', 'add', 'HQ/Reception')).code).toBe(0)
    expect((await cli('departments', 'move', 'HQ/Front office', 'HQ/Reception/Desk')).json).toEqual(
      {
        persons: 1,
      },
    )
    const refused = await cli('departments', 'remove', 'HQ')
    expect(refused.code).toBe(1)
    const list = (await cli('departments', 'list')).json as Department[]
    expect(list.find((x) => x.path === 'HQ/Reception/Desk')).toEqual({
      path: 'HQ/Reception/Desk',
      persons: 1,
      total: 1,
    })
    t = testStation({ dataDir: t.dataDir, onDisk: true })
  })
})
