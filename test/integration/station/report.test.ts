// The commissioning report reads the terminals at the time of the report: what it states for
// each terminal is what an independent read shows; a terminal that cannot be read is "not
// verified", never filled with the profile's values; HTML and PDF in English and Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { ControlClient } from '../../../src/simulator/control-client'
import type { Device } from '../../../src/shared/model'
import type { RenderedReport, SiteReport } from '../../../src/shared/contract/report'
import { renderPdf } from '../../../src/main/station/profiles/report/pdf'
import { value } from '../../helpers/roster-fixtures'
import { testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let control: ControlClient
let t: TestStation
const ids: string[] = []
beforeAll(async () => {
  fleet = await startFleet({ devices: 3, profile: ['face-fp', 'face-lite', 'card-door'] })
  control = new ControlClient(fleet.controlUrl)
  t = testStation({ scheduled: false })
  for (const [i, d] of fleet.devices.entries())
    ids.push(
      value<Device>(
        await t.station.call('devices.add', {
          name: `R${i + 1}`,
          host: d.host,
          port: d.port,
          protocol: 'http',
          username: d.username,
          password: d.password,
          site: 'Harbour',
        }),
      ).id,
    )
  value(
    await t.station.call('profiles.save', {
      name: 'Doors 6s',
      settings: [{ resource: 'DoorParam', instance: 1, values: { openDuration: 6 } }],
    }),
  )
  value(
    await t.station.call('profiles.assign', {
      name: 'Doors 6s',
      targets: [{ kind: 'site', value: 'Harbour' }],
    }),
  )
  value(await t.station.call('profiles.apply', { wait: true }))
  // R2 changed at the terminal; R3 unreachable at report time
  await control.localSetting(fleet.devices[1]!, 'DoorParam', 1, { openDuration: 20 })
  await control.fault(fleet.devices[2]!, { offline: true })
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

describe('report', () => {
  it('states what an independent read shows; an unreadable terminal is not verified', async () => {
    const report = value<SiteReport>(await t.station.call('report.build', {}))
    expect(report.sites).toEqual(['Harbour'])
    const [r1, r2, r3] = report.terminals
    const state = await control.state(fleet.devices[0]!)
    expect(r1!.identity?.serialNumber).toBe(fleet.devices[0]!.serialNumber)
    expect(r1!.holdings[0]).toEqual({ kind: 'persons', terminal: state.counts.persons, roster: 0 })
    expect(r1!.settings).toEqual([
      expect.objectContaining({ key: 'openDuration', actual: '6', state: 'asDesired' }),
    ])
    expect(r2!.settings).toEqual([
      expect.objectContaining({ key: 'openDuration', desired: 6, actual: '20', state: 'drifted' }),
    ])
    expect(r2!.verdict).toBe('fail')
    expect(r2!.doors[0]).toMatchObject({ doorNo: 1, openDuration: '20' })
    expect(r3!.verified).toBe(false)
    expect(r3!.verdict).toBe('notVerified')
    expect(r3!.settings).toEqual([])
    expect(r3!.identity).toBeNull()
    expect(report.summary.notVerified).toBe(1)
  })

  it('renders printable HTML in English and Chinese with the site and date', async () => {
    // an unknown card at R1: its last events are named, with the codes beside the words
    await control.triggerEvent(fleet.devices[0]!, { kind: 'card', cardNo: '99990001' })
    const en = value<RenderedReport>(
      await t.station.call('report.render', { format: 'html', lang: 'en' }),
    )
    expect(en.content).toContain('Commissioning report — Harbour')
    expect(en.content).toContain('NOT VERIFIED')
    expect(en.content).toMatch(/drifted/)
    expect(en.fileName).toMatch(/^commissioning-Harbour-\d{4}-\d{2}-\d{2}-en\.html$/)
    expect(en.content).toContain('Card not known to the terminal (5/9)')
    const zh = value<RenderedReport>(
      await t.station.call('report.render', { format: 'html', lang: 'zh' }),
    )
    expect(zh.content).toContain('调试报告 — Harbour')
    expect(zh.content).toContain('未核实')
    expect(zh.content).toContain('无此卡号 (5/9)')
    // listening slots in words: nobody has set R1 up, its slots are free
    expect(zh.content).toContain('<td>空闲</td>')
    expect(en.content).toContain('<td>free</td>')
  })

  it('renders a PDF; without a CJK font it says so', async () => {
    const pdf = value<RenderedReport>(
      await t.station.call('report.render', { format: 'pdf', lang: 'zh' }),
    )
    expect(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    const report = value<SiteReport>(await t.station.call('report.build', {}))
    const none = await renderPdf(report, 'zh', [{ file: '/nonexistent/font.ttc' }])
    expect(none.notes.join(' ')).toMatch(/No CJK font/)
    expect(none.pdf.subarray(0, 5).toString()).toBe('%PDF-')
  })
})
