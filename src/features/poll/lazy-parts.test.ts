import { beforeAll, expect, test, vi } from 'vitest'

type LazyParts = typeof import('./lazy-parts')

/**
 * A fresh copy of the module, whose parts nothing has preloaded yet (the test
 * setup preloads the ones it loaded). The components it points at load here
 * too, before the tests: the mutation run (stryker.config.mjs, `ignoreStatic`)
 * credits the code a module runs as it loads to the test that loaded it, and
 * none of these tests is about that code.
 */
let parts: LazyParts

beforeAll(async () => {
  vi.resetModules()
  await Promise.all([
    import('./components/answer-voters'),
    import('./components/pie-chart'),
    import('./components/undo-withdrawal'),
    import('./components/change-error'),
  ])
  parts = await import('./lazy-parts')
})

test.each(['answerVoters', 'pieChart', 'undoWithdrawal', 'changeError'] as const)(
  'the poll’s part %s downloads as a component',
  async (name) => {
    await expect(parts[name].preload()).resolves.toBeTypeOf('function')
  },
)
