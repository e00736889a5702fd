import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * axe on the page as it is: no serious or critical violation, each named with its elements.
 * Transitions are switched off first: a colour caught half-way through a hover fade is not the
 * colour anyone reads, and made the contrast check flaky.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  })
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).join(', ')}`,
    )
  expect(serious).toEqual([])
}
