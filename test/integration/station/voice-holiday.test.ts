// Holiday schedules of voice prompts (guide ch. 19) through the station, proven by what the
// simulated terminal SAYS at a card swipe, with its clock stopped at chosen instants: the daily
// texts switch at their time boundary (11:59:59 / 12:00:00); an enabled holiday plan's texts
// replace them on the first and the last day of its range and not the day before or after; a
// disabled plan changes nothing. Out-of-range plans are refused by the station with the
// terminal's range, nothing sent; the CLI lists, reads and writes plans.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { IsapiClient } from '../../../src/main/isapi/index'
import type { VoiceHolidayPlan } from '@shared/contract/voice-holiday'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { addTerminalArgs, runCli } from '../../helpers/cli'
import { value } from '../../helpers/result'
import { addSimulated, type TestStation } from '../../helpers/station'
import { voiceTerminal } from '../../helpers/voice-terminal'

let fleet: Fleet
let t: TestStation
let c: IsapiClient
let deviceId = ''
beforeAll(async () => {
  ;({ fleet, t, c, deviceId } = await voiceTerminal({
    employeeNo: 'H1',
    name: 'Hana',
    cardNo: '8001',
  }))
  value(
    await t.station.call('config.set', {
      deviceId,
      resource: 'TTSText',
      changes: {
        enable: true,
        prefix: 'none',
        Success: JSON.stringify([
          { TimeSegment: { beginTime: '00:00:00', endTime: '11:59:59' }, text: 'good morning' },
          { TimeSegment: { beginTime: '12:00:00', endTime: '23:59:59' }, text: 'good afternoon' },
        ]),
        Failure: JSON.stringify([
          { TimeSegment: { beginTime: '00:00:00', endTime: '23:59:59' }, text: 'access denied' },
        ]),
      },
    }),
  )
})
afterAll(async () => {
  await fleet.control.freezeClock(0, null)
  await c?.close()
  await t.station.close()
  await fleet.close()
})

const plan = (o: Partial<VoiceHolidayPlan> = {}): VoiceHolidayPlan => ({
  enable: true,
  prefix: 'name',
  beginDate: '2026-12-24',
  endDate: '2026-12-26',
  success: [
    { beginTime: '00:00:00', endTime: '23:59:59', text: 'merry christmas', language: 'English' },
  ],
  failure: [
    {
      beginTime: '00:00:00',
      endTime: '23:59:59',
      text: 'closed for the holiday',
      language: 'English',
    },
  ],
  ...o,
})

/** What the terminal says at a swipe of `card` with its clock stopped at `at` (device-local). */
async function saidAt(at: string, card = '8001'): Promise<string | undefined> {
  await fleet.control.freezeClock(0, at)
  const before = (await fleet.control.spoken(0)).length
  await fleet.control.triggerEvent(0, { kind: 'card', cardNo: card })
  const said = await fleet.control.spoken(0)
  return said.length > before ? said.at(-1)!.text : undefined
}

const refused = async (planId: number, p: VoiceHolidayPlan): Promise<AppError> => {
  const r = await t.station.call('voice.setHolidayPlan', { deviceId, planId, plan: p })
  if (r.ok) throw new Error('expected a refusal')
  return r.error
}

describe('voice-prompt holiday plans', () => {
  it('the daily texts switch at their time boundary', async () => {
    expect(await saidAt('2026-03-10T11:59:59')).toBe('good morning')
    expect(await saidAt('2026-03-10T12:00:00')).toBe('good afternoon')
  })

  it('an enabled plan’s texts replace the daily ones on the dates of its range only', async () => {
    const audited = () => t.station.call('audit.search', { action: 'voice.setHolidayPlan' })
    const saved = value<VoiceHolidayPlan>(
      await t.station.call('voice.setHolidayPlan', { deviceId, planId: 1, plan: plan() }),
    )
    expect(saved).toEqual(plan())
    expect(
      value<{ entries: { subject: string; details: unknown }[] }>(await audited()).entries[0],
    ).toMatchObject({ subject: `device:${deviceId}`, details: { planId: 1, enable: true } })
    expect(await saidAt('2026-12-23T23:59:59')).toBe('good afternoon')
    expect(await saidAt('2026-12-24T00:00:00')).toBe('Hana merry christmas')
    expect(await saidAt('2026-12-26T23:59:59')).toBe('Hana merry christmas')
    expect(await saidAt('2026-12-25T10:00:00', '9999')).toBe('closed for the holiday')
    expect(await saidAt('2026-12-27T00:00:00')).toBe('good morning')
    expect(await saidAt('2026-12-27T00:00:00', '9999')).toBe('access denied')
  })

  it('a disabled plan changes nothing; the list shows the written plans', async () => {
    value(
      await t.station.call('voice.setHolidayPlan', {
        deviceId,
        planId: 1,
        plan: plan({ enable: false }),
      }),
    )
    expect(await saidAt('2026-12-25T10:00:00')).toBe('good morning')
    const { plans } = value<{ plans: (VoiceHolidayPlan & { planId: number })[] }>(
      await t.station.call('voice.holidayPlans', { deviceId }),
    )
    expect(plans.map((p) => [p.planId, p.enable])).toEqual([[1, false]])
    expect(value(await t.station.call('voice.holidayPlan', { deviceId, planId: 9 }))).toMatchObject(
      {
        enable: false,
        beginDate: '2000-01-01',
        endDate: '2037-12-31',
      },
    )
  })

  it('refuses a plan outside the terminal’s range with that range, nothing sent', async () => {
    const held = async () =>
      (await fleet.control.docs(0, 'TTSTextHolidayPlans')).TTSTextHolidayPlans
    const before = await held()
    const long = await refused(
      1,
      plan({ success: [{ beginTime: '00:00:00', endTime: '23:59:59', text: 'x'.repeat(65) }] }),
    )
    expect(long.code).toBe('INVALID_ARGS')
    expect(long.details?.reason).toMatchObject({
      code: 'voiceTextLength',
      params: { min: 1, max: 64, bytes: 65, row: 1, outcome: 'success', terminal: 'Lobby' },
    })
    expect((await refused(17, plan())).details?.reason).toMatchObject({
      code: 'voicePlanIdOutOfRange',
      params: { min: 1, max: 16, planId: 17 },
    })
    expect(
      (await refused(1, plan({ beginDate: '2026-12-27', endDate: '2026-12-26' }))).details?.reason,
    ).toMatchObject({ code: 'voiceDateOrder' })
    expect(
      (
        await refused(
          1,
          plan({
            failure: ['a', 'b', 'c', 'd', 'e'].map((text) => ({
              beginTime: '00:00:00',
              endTime: '23:59:59',
              text,
            })),
          }),
        )
      ).details?.reason,
    ).toMatchObject({ code: 'voiceTooManyRows', params: { max: 4, count: 5 } })
    expect((await refused(1, plan({ prefix: 'lastname' }))).details?.reason).toMatchObject({
      code: 'voiceOptionRefused',
      params: { field: 'prefix', options: 'name, none' },
    })
    expect(await held()).toEqual(before)
    const r = await t.station.call('voice.holidayPlan', { deviceId, planId: 99 })
    expect(r.ok ? null : r.error.details?.reason).toMatchObject({
      code: 'voicePlanIdOutOfRange',
      params: { planId: 99 },
    })
  })

  it('a terminal without holiday plans answers NOT_SUPPORTED, nothing else sent', async () => {
    const door = await startFleet({ devices: 1, profile: 'card-door' })
    try {
      const id = value<Device>(await addSimulated(t.station, door.devices[0]!, 'Gate')).id
      const r = await t.station.call('voice.holidayCaps', { deviceId: id })
      expect(r.ok ? null : r.error.code).toBe('NOT_SUPPORTED')
      const set = await t.station.call('voice.setHolidayPlan', {
        deviceId: id,
        planId: 1,
        plan: plan(),
      })
      expect(set.ok ? null : set.error.code).toBe('NOT_SUPPORTED')
      expect(
        (await door.control.docs(0, 'TTSTextHolidayPlans')).TTSTextHolidayPlans,
      ).toBeUndefined()
    } finally {
      await door.close()
    }
  })

  it('cli: voice holiday set, get and list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-cli-voice-'))
    expect((await runCli(dir, addTerminalArgs(fleet.devices[0]!, 'Lobby'))).code).toBe(0)
    const set = await runCli(dir, [
      'voice',
      'holiday',
      'set',
      'Lobby',
      '3',
      '--enable',
      'true',
      '--prefix',
      'none',
      '--from',
      '2027-01-01',
      '--to',
      '2027-01-02',
      '--success',
      '00:00:00-23:59:59=happy new year@English',
      '--failure',
      '00:00:00-11:59:59=not today',
    ])
    expect(set.code).toBe(0)
    expect(await saidAt('2027-01-02T09:00:00')).toBe('happy new year')
    const get = await runCli(dir, ['voice', 'holiday', 'get', 'Lobby', '3'])
    expect(get.json).toMatchObject({
      enable: true,
      success: [{ text: 'happy new year', language: 'English' }],
      failure: [{ beginTime: '00:00:00', endTime: '11:59:59', text: 'not today' }],
    })
    const caps = await runCli(dir, ['voice', 'holiday', 'caps', 'Lobby'])
    expect(caps.json).toMatchObject({ planIds: { min: 1, max: 16 }, prefixes: ['name', 'none'] })
    const list = await runCli(dir, ['voice', 'holiday', 'list', 'Lobby'])
    expect(
      (list.json as { plans: { planId: number; enable: boolean }[] }).plans.map((p) => [
        p.planId,
        p.enable,
      ]),
    ).toEqual([
      [1, false],
      [3, true],
    ])
    const bad = await runCli(dir, [
      'voice',
      'holiday',
      'set',
      'Lobby',
      '3',
      '--success',
      `00:00:00-23:59:59=${'y'.repeat(70)}`,
    ])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('voiceTextLength')
    expect((await runCli(dir, ['voice', 'holiday', 'get', 'Lobby', '3'])).json).toMatchObject({
      success: [{ text: 'happy new year' }],
    })
    expect(
      (await runCli(dir, ['voice', 'holiday', 'set', 'Lobby', '3', '--failure', 'none'])).json,
    ).toMatchObject({ failure: [], success: [{ text: 'happy new year' }] })
    expect((await runCli(dir, ['voice', 'holiday', 'get', 'Lobby'])).code).toBe(2)
  })
})
