import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Runs axe-core on the app's frame (not on the simulated portal around it)
 * and fails with every violation's rule and element.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include({ fromFrames: ['iframe[title="Chat Poll"]', 'html'] })
    .analyze()
  const violations = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  )
  expect(violations).toEqual([])
  // Guards against a run that silently checked nothing inside the frame.
  const checkedInFrame = results.passes.some((rule) =>
    rule.nodes.some((node) => node.target.length > 1),
  )
  expect(checkedInFrame).toBe(true)
}
