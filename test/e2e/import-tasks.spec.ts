// "Import tasks on this terminal" (Terminal documents section), in English and in Chinese: a
// task another tool started is shown with its progress; deleting it asks first, and the task
// is then gone from the simulated terminal (screenshots, axe).
import type { Page } from '@playwright/test'
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

async function openTerminal(page: Page, url: string, name: string) {
  await page.goto(`${url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: name }).click()
  await expect(page.getByTestId('terminal-name')).toHaveText(name)
}

const TEXT = {
  en: { title: 'Import tasks on this terminal', delete: 'Delete task', confirm: 'Delete' },
  zh: { title: '本终端上的导入任务', delete: '删除任务', confirm: '删除' },
} as const

test.describe('Import tasks on a terminal', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-lite' })
  })
  test.afterAll(async () => fleet?.close())

  for (const lang of ['en', 'zh'] as const)
    test(`a task shown with its progress, then deleted (${lang})`, async ({ app, page }) => {
      const sim = fleet.devices[0]!
      const x = TEXT[lang]
      const { taskID } = await fleet.control.addImportTask(sim, {
        kind: 'pictures',
        total: 40,
        succeeded: 30,
      })
      expect((await callStation(app, 'settings.set', { language: lang })).ok).toBe(true)
      await addTerminal(app, 'Lobby', sim)
      await openTerminal(page, app.url, 'Lobby')
      await page.getByTestId('section-tab-documents').click()
      const tasks = page.getByTestId('import-tasks')
      await expect(tasks.getByRole('heading', { name: x.title })).toBeVisible()
      const row = tasks.getByTestId(`import-task-${taskID}`)
      await expect(row).toContainText('75%')
      await expect(row).toContainText('30 / 0 / 40')
      await expectAccessible(page, `Import tasks (${lang})`)
      await tasks.screenshot({ path: `test-results/screens/import-tasks-${lang}.png` })
      await row.getByRole('button', { name: `${x.delete} ${taskID}` }).click()
      await row.getByRole('button', { name: x.confirm, exact: true }).click()
      await expect(row).toHaveCount(0)
      await expect
        .poll(async () => (await fleet.control.importTasks(sim)).map((t) => t.taskID))
        .not.toContain(taskID)
    })
})
