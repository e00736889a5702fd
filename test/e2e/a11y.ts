import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test, type Frame, type Page } from '@playwright/test'

// axe-core, the very copy @axe-core/playwright runs (its own dependency, same version).
const fromAxePlaywright = createRequire(import.meta.resolve('@axe-core/playwright'))
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8')

interface Violation {
  id: string
  impact?: string | null
  nodes: { target: unknown[]; any: { message: string }[] }[]
}

/** Loads axe into a frame unless this page load already has it. */
async function injectAxe(frame: Frame): Promise<void> {
  const present = await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object')
  if (!present) await frame.evaluate(AXE_SOURCE)
}

/**
 * axe.run on the whole document with default options, in the page itself, loading axe once
 * per page load: the same rules and results as `new AxeBuilder({ page }).analyze()`. The
 * builder's default mode opens a second page per check to merge frame results and evaluates
 * the 650 KB axe source two or three times per check; at 160 checks per e2e run that was most
 * of the suite's time (bench/ui-axe.ts; load 25: 6.4–7.6 s per check, this 1.3–2.5 s).
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  for (const frame of page.frames()) await injectAxe(frame)
  return page.evaluate(() =>
    (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> }
      }
    ).axe
      .run(document, {})
      .then((r) => r.violations),
  )
}

/**
 * axe on the page as it is: no serious or critical violation, each named with its elements.
 * Transitions are switched off first: a colour caught half-way through a hover fade is not the
 * colour anyone reads, and made the contrast check flaky.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await test.step(`axe: ${screen}`, async () => {
    await page.addStyleTag({
      content:
        '*, *::before, *::after { transition: none !important; animation: none !important; }',
    })
    const serious = (await axeViolations(page))
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${screen}: ${v.id} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).join(', ')}`,
      )
    expect(serious).toEqual([])
  })
}
