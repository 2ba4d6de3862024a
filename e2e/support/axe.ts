import axe from 'axe-core'
import { expect, type Page } from '@playwright/test'
import { appFrame } from './app-frame'

declare global {
  interface Window {
    axe?: typeof axe
  }
}

/**
 * Runs axe-core inside the app's frame (not on the simulated portal around
 * it) and fails with every violation's rule and element. axe is injected and
 * run in the frame directly, bounded only by the test's own timeout: a
 * wrapper that gives up on a slow frame would leave it unchecked unnoticed.
 */
export async function expectNoAxeViolations(page: Page) {
  const frame = await appFrame(page)
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axe.source)
  const results = await frame.evaluate(() => {
    if (!window.axe) throw new Error('axe-core did not load in the app frame')
    return window.axe.run(document)
  })
  const violations = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  )
  expect(violations).toEqual([])
  // Guards against a run that silently checked nothing.
  expect(results.passes.length).toBeGreaterThan(0)
}
