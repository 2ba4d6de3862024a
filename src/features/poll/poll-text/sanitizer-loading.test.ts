import { beforeAll, describe, expect, test, vi } from 'vitest'
import { fakePortal } from '@/testing/fake-portal'
import { onlyQuestion, votedForAttach, withdrawnAttach } from '@/testing/fixtures/attach'

const ref = { messageId: 13 }

/** The same poll with its first answer written in HTML. */
function withHtmlAnswer(attach: Record<string, unknown>) {
  const answer = onlyQuestion(attach).ANSWERS['1']
  if (answer) answer.MESSAGE_TYPE = 'html'
  return attach
}

/** Fresh modules, so that a test starts with the sanitiser not loaded. */
async function load() {
  vi.resetModules()
  return {
    ...(await import('./sanitizer')),
    ...(await import('../api/get-poll')),
    ...(await import('../api/cast-vote')),
    ...(await import('../api/recall-vote')),
  }
}

const deliveries = [
  ['a read', 'get', withdrawnAttach],
  ['a vote', 'vote', () => votedForAttach(['1'])],
  ['a withdrawal', 'recall', withdrawnAttach],
] as const

/**
 * One set of fresh modules per test, loaded before any test runs: what a
 * module runs as it loads then belongs to no test, as in every other file.
 * Loaded inside a test, Stryker would credit that code to this file's tests
 * alone and test its mutants against nothing else.
 */
const freshApps: Awaited<ReturnType<typeof load>>[] = []
beforeAll(async () => {
  for (let test = 0; test < 2 * deliveries.length; test += 1) freshApps.push(await load())
})

function freshApp() {
  const app = freshApps.pop()
  if (!app) throw new Error('More tests than fresh sets of modules')
  return app
}

describe('when the HTML sanitiser loads', () => {
  test.each(deliveries)(
    'a poll with HTML texts delivered by %s is delivered with the sanitiser loaded',
    async (_, method, attach) => {
      const app = freshApp()
      const portal = fakePortal({
        [`vote.AttachedVote.${method}`]: () => ({ attach: withHtmlAnswer(attach()) }),
      })

      await deliver(app, method, portal)

      expect(app.sanitizer.current()).toBeDefined()
    },
  )

  test.each(deliveries)(
    'a plain poll delivered by %s leaves the sanitiser unloaded',
    async (_, method, attach) => {
      const app = freshApp()
      const portal = fakePortal({
        [`vote.AttachedVote.${method}`]: () => ({ attach: attach() }),
      })

      await deliver(app, method, portal)

      expect(app.sanitizer.current()).toBeUndefined()
    },
  )
})

function deliver(
  app: ReturnType<typeof freshApp>,
  method: (typeof deliveries)[number][1],
  portal: ReturnType<typeof fakePortal>,
) {
  switch (method) {
    case 'get':
      return app.getPoll(portal, ref)
    case 'vote':
      return app.castVote.send(portal, ref, { '1': ['1'] })
    case 'recall':
      return app.recallVote.send(portal, ref, undefined)
  }
}
