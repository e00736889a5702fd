// An ID card read at a terminal (IDCardInfoEvent, guide 21.19.3) shows on the Events screen by
// its number masked but for its last 4 digits, in English and in Chinese; the whole number is
// nowhere on the page.
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

const TEXT = { en: 'ID card **************0011', zh: '身份证 **************0011' } as const

test.describe('ID card reads on the Events screen', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  })
  test.afterAll(async () => fleet?.close())

  for (const lang of ['en', 'zh'] as const)
    test(`shows the masked number (${lang})`, async ({ app, page }) => {
      const sim = fleet.devices[0]!
      expect((await callStation(app, 'settings.set', { language: lang })).ok).toBe(true)
      await addTerminal(app, 'Lobby', sim)
      await expect
        .poll(async () => {
          const r = await callStation<{ connected: boolean }[]>(app, 'events.status', {})
          return r.ok && r.value.some((s) => s.connected)
        })
        .toBe(true)
      await page.goto(`${app.url}#/events`)
      await fleet.control.triggerEvent(sim, { kind: 'idCard', idCardNo: '110101199002240011' })
      const row = page.getByTestId('event-row').filter({ hasText: TEXT[lang] })
      await expect(row.first()).toBeVisible()
      await expect(page.getByText('110101199002240011')).toHaveCount(0)
      await page.screenshot({ path: `test-results/screens/events-id-card-${lang}.png` })
    })
})
