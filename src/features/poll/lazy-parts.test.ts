import { expect, test, vi } from 'vitest'

/**
 * From a fresh copy of the module: what each part downloads is set as the
 * module loads, and the mutation run (stryker.config.mjs, `ignoreStatic`)
 * counts only what runs inside a test.
 */
async function loadParts() {
  vi.resetModules()
  return import('./lazy-parts')
}

test.each(['answerVoters', 'pieChart', 'undoWithdrawal', 'changeError'] as const)(
  'the poll’s part %s downloads as a component',
  async (name) => {
    const parts = await loadParts()

    await expect(parts[name].preload()).resolves.toBeTypeOf('function')
  },
)
