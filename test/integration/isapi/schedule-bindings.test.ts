import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IsapiClient } from '../../../src/main/isapi/index'
import { client, fleet, rejects, type Fleet } from './helpers'

// CardReaderPlan (reader → Verify template) and DoorStatusPlan (door → DoorStatus template)
// against the simulator: ranges from each terminal's capabilities, out-of-range refused before
// anything is sent, and the Verify / DoorStatus families' week plans carrying their modes.
let f: Fleet
let c: IsapiClient[]
beforeAll(async () => {
  f = await fleet({ devices: 2, profile: ['face-lite', 'card-door'] })
  c = f.devices.map((d) => client(d))
})
afterAll(async () => {
  await Promise.all(c.map((x) => x.close()))
  await f.close()
})

describe('schedule bindings', () => {
  it('reads readers and doors from each terminal’s capabilities', async () => {
    const [lite, door] = c as [IsapiClient, IsapiClient]
    expect(await lite.schedules.bindingCapabilities('reader')).toMatchObject({
      no: { min: 1, max: 1 },
    })
    expect(await door.schedules.bindingCapabilities('reader')).toMatchObject({
      no: { min: 1, max: 4 },
    })
    expect(await door.schedules.bindingCapabilities('door')).toMatchObject({
      no: { min: 1, max: 2 },
      templateNo: { min: 0, max: 255 },
    })
  })

  it('binds, unbinds and reads back; a door the terminal lacks is refused before sending', async () => {
    const door = c[1]!
    const caps = await door.schedules.bindingCapabilities('door')
    await door.schedules.setBinding('door', 2, 7, { capabilities: caps! })
    expect(await door.schedules.getBinding('door', 2)).toBe(7)
    await door.schedules.setBinding('door', 2, 0, { capabilities: caps! })
    expect(await door.schedules.getBinding('door', 2)).toBe(0)
    const e = await rejects(door.schedules.setBinding('door', 3, 7, { capabilities: caps! }))
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT' })
    expect(String(e.message)).toContain('door 3 is outside 1–2')
    // without the capability the terminal itself refuses the slot
    const d = await rejects(door.schedules.setBinding('door', 3, 7))
    expect(d).toMatchObject({ code: 'DEVICE_ERROR' })
  })

  it('writes Verify and DoorStatus week plans with their modes, refusing a mode the terminal lacks', async () => {
    const lite = c[0]!
    const caps = await lite.schedules.capabilities('Verify')
    expect(caps.weekPlan?.verifyModes).toContain('cardOrFace')
    await lite.schedules.setWeekPlan(
      3,
      {
        enable: true,
        segments: [
          { week: 'Friday', beginTime: '20:00:00', endTime: '24:00:00', verifyMode: 'face' },
        ],
      },
      { family: 'Verify', capabilities: caps },
    )
    const back = await lite.schedules.getWeekPlan(3, { family: 'Verify' })
    expect(back.segments.filter((s) => s.enable)).toMatchObject([
      { week: 'Friday', beginTime: '20:00:00', endTime: '24:00:00', verifyMode: 'face' },
    ])
    const bad = await rejects(
      lite.schedules.setWeekPlan(
        3,
        {
          enable: true,
          segments: [
            { week: 'Friday', beginTime: '20:00:00', endTime: '24:00:00', verifyMode: 'fp' },
          ],
        },
        { family: 'Verify' },
      ),
    )
    expect(bad).toMatchObject({ code: 'DEVICE_ERROR' })
    const checked = await rejects(
      lite.schedules.setWeekPlan(
        3,
        {
          enable: true,
          segments: [
            { week: 'Friday', beginTime: '20:00:00', endTime: '24:00:00', verifyMode: 'fp' },
          ],
        },
        { family: 'Verify', capabilities: caps },
      ),
    )
    expect(checked).toMatchObject({ code: 'INVALID_ARGUMENT' })
    expect(String(checked.message)).toContain('"fp" is not a verify mode of this terminal')
    expect(
      (await lite.schedules.getWeekPlan(3, { family: 'Verify' })).segments.find((s) => s.enable)
        ?.verifyMode,
    ).toBe('face')
  })
})
