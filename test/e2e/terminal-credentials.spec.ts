// Credentials held on a face terminal, from the Terminal page, in English and in Chinese: a face
// record's name edited in Terminal › Face libraries (21.16.3) and seen in the simulated
// terminal's own record; a resident ID number blocked in Terminal › ID cards (21.19.1) and seen
// on the terminal's block list, then refused at the simulated swipe (screenshots, axe).
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { addTerminal, callStation, expect, test, type RunningStation } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

const TEXT = {
  en: {
    nameOf: 'Name of record',
    save: /^Save 1 changed record/,
    number: 'ID number',
    name: 'Name',
    block: 'Add to block list',
  },
  zh: {
    nameOf: '记录',
    save: /^保存 1 条已修改的记录/,
    number: '身份证号码',
    name: '姓名',
    block: '加入黑名单',
  },
} as const
const PERSON = { en: '2001', zh: '2002' } as const
const ID = { en: '110101199002240011', zh: '11010119900224123X' } as const

async function openSection(page: Page, url: string, section: string) {
  await page.goto(`${url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: 'Lobby' }).click()
  await expect(page.getByTestId('terminal-name')).toHaveText('Lobby')
  await page.getByTestId(`section-tab-${section}`).click()
}

async function personWithFaceApplied(app: RunningStation, employeeNo: string) {
  expect((await callStation(app, 'persons.save', { employeeNo, name: 'Face Person' })).ok).toBe(
    true,
  )
  const face = readFileSync('resources/demo/faces/1002.jpg').toString('base64')
  const set = await callStation(app, 'persons.setFace', {
    employeeNo,
    jpegBase64: face,
    source: 'file',
  })
  expect(set.ok).toBe(true)
  const job = await callStation<{ id: string }>(app, 'apply.start', {})
  expect(job.ok).toBe(true)
  if (!job.ok) return
  await expect
    .poll(async () => {
      const s = await callStation<{ state: string }>(app, 'apply.status', { jobId: job.value.id })
      return s.ok ? s.value.state : 'failed'
    })
    .toBe('done')
}

test.describe('Face records and the ID-card block list', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  })
  test.afterAll(async () => fleet?.close())

  for (const lang of ['en', 'zh'] as const)
    test(`a face record renamed and an ID number blocked (${lang})`, async ({ app, page }) => {
      const sim = fleet.devices[0]!
      const x = TEXT[lang]
      expect((await callStation(app, 'settings.set', { language: lang })).ok).toBe(true)
      await addTerminal(app, 'Lobby', sim)
      await personWithFaceApplied(app, PERSON[lang])

      await openSection(page, app.url, 'face-libraries')
      const records = page.getByTestId('face-records')
      const input = records.getByRole('textbox', {
        name: new RegExp(`${x.nameOf}.*${PERSON[lang]}`),
      })
      await expect(input).toBeVisible()
      await input.fill(`Renamed ${lang}`)
      await records.getByRole('button', { name: x.save }).click()
      await expect
        .poll(
          async () =>
            (await fleet.control.state(sim)).faces.find((f) => f.FPID === PERSON[lang])?.info?.name,
        )
        .toBe(`Renamed ${lang}`)
      await expectAccessible(page, `Face records (${lang})`)
      await page.screenshot({
        path: `test-results/screens/${lang}-terminal-face-records.png`,
        fullPage: true,
      })

      await openSection(page, app.url, 'id-cards')
      const section = page.getByTestId('id-cards-section')
      await section.getByRole('textbox', { name: x.number, exact: true }).fill(ID[lang])
      await section.getByRole('textbox', { name: x.name, exact: true }).fill('ZHANG SAN')
      await section.getByRole('button', { name: x.block }).click()
      await expect(
        section.getByRole('cell', { name: `**************${ID[lang].slice(-4)}` }),
      ).toBeVisible()
      await expect
        .poll(async () =>
          Object.keys(((await fleet.control.docs(sim, 'IDBlackList')).IDBlackList ?? {}) as object),
        )
        .toContain(ID[lang])
      const refused = (await fleet.control.triggerEvent(sim, {
        kind: 'idCard',
        idCardNo: ID[lang],
      })) as {
        minor: number
      }[]
      expect(refused.map((e) => e.minor)).toEqual([113])
      await expectAccessible(page, `ID cards (${lang})`)
      await page.screenshot({
        path: `test-results/screens/${lang}-terminal-id-cards.png`,
        fullPage: true,
      })
    })
})
