// Issue 17 item 7: a paused queue and a holdings notice cross the contract as a code plus
// parameters (src/shared/reason-text.ts) besides the English sentence; the code's English words
// say what the sentence says, and the Chinese words carry the same figures.
import { beforeEach, expect, it } from 'vitest'
import type {
  ApplyJob,
  ApplyProgressEvent,
  HoldingsNotice,
  PersonDeviceStatus,
} from '@shared/model'
import { reasonText } from '@shared/reason-text'
import { useReception } from '../../helpers/reception'
import { value } from '../../helpers/roster-fixtures'

const r = useReception()
beforeEach(async () => r.fleet.control.clearFaults(0))

const importPersons = async (n: number) => {
  const rows = ['employeeNo,name']
  for (let i = 1; i <= n; i++) rows.push(`${i},Person ${i}`)
  value(await r.t.station.call('persons.import', { csv: rows.join('\n') }))
}

const firstProgress = (match: (p: ApplyProgressEvent) => boolean) =>
  new Promise<ApplyProgressEvent>((resolve) => {
    const off = r.t.station.subscribe((event, payload) => {
      const p = payload as ApplyProgressEvent
      if (event === 'apply.progress' && match(p)) {
        off()
        resolve(p)
      }
    })
  })

it('a full terminal: the pause is coded with the terminal and its counts', async () => {
  await importPersons(3)
  await r.fleet.control.fault(0, { memoryFull: true })
  const paused = firstProgress((p) => p.device.pausedUntil === 'operator')
  const job = value<ApplyJob>(await r.t.station.call('apply.start', {}))
  const p = await paused
  expect(p.device.pausedCode).toMatchObject({
    code: 'terminalFullPersons',
    params: { terminal: 'Reception', held: 0 },
  })
  const max = Number(p.device.pausedCode!.params.max)
  expect(max).toBeGreaterThan(0)
  expect(reasonText(p.device.pausedCode!, 'en')).toBe(p.device.pausedReason)
  expect(reasonText(p.device.pausedCode!, 'zh')).toContain(`上限 ${max.toLocaleString('en-US')} 人`)
  // the job as read (apply.status) carries the same code
  const status = value<ApplyJob>(await r.t.station.call('apply.status', { jobId: job.id }))
  expect(status.devices[0]!.pausedCode).toEqual(p.device.pausedCode)
  value(await r.t.station.call('apply.cancel', { jobId: job.id }))
})

it('a busy terminal: the pause is coded "not answering"; cleared when it goes on', async () => {
  await importPersons(2)
  await r.fleet.control.fault(0, { busy: { count: 2, mode: '503' } })
  const codes: (string | null)[] = []
  const ended = firstProgress((p) => {
    codes.push(p.device.pausedCode?.code ?? null)
    return p.state === 'done' || p.state === 'failed'
  })
  value(await r.t.station.call('apply.start', {}))
  expect((await ended).state).toBe('done')
  expect(codes).toContain('terminalNotAnswering')
  expect(codes.at(-1)).toBeNull()
})

it('a terminal that lost persons: the holdings notice is coded with its figures', async () => {
  await importPersons(5)
  await r.settle()
  await r.fleet.control.reset(0)
  const notice = new Promise<HoldingsNotice>((resolve) => {
    const off = r.t.station.subscribe((event, payload) => {
      if (event !== 'holdings.notice') return
      off()
      resolve(payload as HoldingsNotice)
    })
  })
  await r.settle()
  const n = await notice
  expect(n.reason).toEqual({
    code: 'holdingsReset',
    params: { terminal: 'Reception', found: 0, expected: 5 },
  })
  expect(reasonText(n.reason!, 'en')).toBe(n.message)
  expect(reasonText(n.reason!, 'zh')).toBe(
    'Reception 上只有 0 / 5 名人员——是否被重置过？正在重新下发。',
  )
})

it("a person's state per terminal: pending is coded new / changed; a failure carries its error code", async () => {
  value(await r.t.station.call('persons.save', { employeeNo: '7', name: 'Gil' }))
  const status = async () =>
    value<PersonDeviceStatus[]>(
      await r.t.station.call('apply.personStatus', { employeeNo: '7' }),
    )[0]!
  expect(await status()).toMatchObject({
    state: 'pending',
    reasonCode: { code: 'pendingNew' },
    errorCode: null,
  })
  expect(reasonText((await status()).reasonCode!, 'zh')).toBe('尚未下发。')
  await r.settle()
  expect(await status()).toMatchObject({ state: 'applied', reasonCode: null })
  value(await r.t.station.call('persons.save', { employeeNo: '7', name: 'Gil Ray' }))
  expect((await status()).reasonCode).toEqual({ code: 'pendingChanged', params: {} })
})
