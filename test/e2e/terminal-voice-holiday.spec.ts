// Terminal › Voice › Holiday voice prompts (guide ch. 19), in English and in Chinese: a plan is
// opened by number, a failure text longer than the terminal takes is refused in place with the
// terminal's range (Save stays off, nothing sent), then saved; the simulated terminal holds the
// plan and SAYS its text at a refused swipe on a date inside it (screenshots, axe).
import type { Page } from '@playwright/test'
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

const TEXT = {
  en: {
    planNo: 'Plan number',
    open: 'Open plan',
    enable: 'Speak this plan’s texts on its dates',
    first: 'First day',
    last: 'Last day',
    add: 'Add a text',
    text: 'Text',
    save: 'Save plan',
    closed: 'Closed for the holiday',
    title: 'Holiday voice prompts',
  },
  zh: {
    planNo: '计划编号',
    open: '打开计划',
    enable: '在计划日期内播报此计划的文本',
    first: '开始日期',
    last: '结束日期',
    add: '添加文本',
    text: '文本',
    save: '保存计划',
    closed: '节日休息',
    title: '假日语音提示',
  },
} as const
const PLAN = { en: 2, zh: 3 } as const
const DAY = { en: '2026-12-25', zh: '2027-02-17' } as const

async function openVoice(page: Page, url: string) {
  await page.goto(`${url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: 'Lobby' }).click()
  await expect(page.getByTestId('terminal-name')).toHaveText('Lobby')
  await page.getByTestId('section-tab-voice').click()
}

test.describe('Holiday voice prompts', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  })
  test.afterAll(async () => {
    if (fleet) await fleet.control.freezeClock(fleet.devices[0]!, null)
    await fleet?.close()
  })

  for (const lang of ['en', 'zh'] as const)
    test(`a holiday plan refused out of range, then saved and spoken (${lang})`, async ({
      app,
      page,
    }) => {
      const sim = fleet.devices[0]!
      const x = TEXT[lang]
      expect((await callStation(app, 'settings.set', { language: lang })).ok).toBe(true)
      await addTerminal(app, 'Lobby', sim)
      await openVoice(page, app.url)

      const plans = page.getByTestId('voice-holiday-plans')
      await plans.getByRole('textbox', { name: x.planNo, exact: true }).fill(String(PLAN[lang]))
      await plans.getByRole('button', { name: x.open, exact: true }).click()
      const editor = page.getByTestId('voice-holiday-editor')
      await expect(editor).toBeVisible()
      await editor.getByRole('switch', { name: x.enable }).check()
      await editor.getByRole('textbox', { name: x.first, exact: true }).fill(DAY[lang])
      await editor.getByRole('textbox', { name: x.last, exact: true }).fill(DAY[lang])
      const failure = editor.getByTestId('voice-rows-failure')
      await failure.getByRole('button', { name: x.add }).click()
      const text = failure.getByRole('textbox', { name: x.text, exact: true })
      await text.fill('x'.repeat(65))
      // refused before sending, with the terminal's range
      await expect(failure.getByText(/64.*65/)).toBeVisible()
      await expect(editor.getByRole('button', { name: x.save })).toBeDisabled()
      await text.fill(x.closed)
      await expect(editor.getByRole('button', { name: x.save })).toBeEnabled()
      await editor.getByRole('button', { name: x.save }).click()
      await expect
        .poll(async () => {
          const held = (await fleet.control.docs(sim, 'TTSTextHolidayPlans'))
            .TTSTextHolidayPlans as Record<string, { enable: boolean; Failure: { text: string }[] }>
          const p = held?.[String(PLAN[lang])]
          return p ? [p.enable, p.Failure.map((r) => r.text)] : null
        })
        .toEqual([true, [x.closed]])
      await expect(
        page
          .getByTestId('voice-holiday-table')
          .getByRole('cell', { name: `${DAY[lang]} – ${DAY[lang]}` }),
      ).toBeVisible()

      await fleet.control.freezeClock(sim, `${DAY[lang]}T10:00:00`)
      await fleet.control.triggerEvent(sim, { kind: 'card', cardNo: '99999' })
      expect((await fleet.control.spoken(sim)).at(-1)?.text).toBe(x.closed)
      await fleet.control.freezeClock(sim, null)

      await expectAccessible(page, `Holiday voice prompts (${lang})`)
      await plans.getByRole('heading', { name: x.title }).scrollIntoViewIfNeeded()
      await page.screenshot({
        path: `test-results/screens/${lang}-terminal-voice-holiday.png`,
        fullPage: true,
      })
    })
})
