import '@testing-library/jest-dom/vitest'
// eslint-disable-next-line testing-library/no-manual-cleanup -- Vitest runs without globals here
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import * as lazyParts from '@/features/poll/lazy-parts'

// A first render on a busy machine (a shared 2-core CI runner, a mutation
// run) can take longer than Testing Library's default wait of one second:
// the tests wait for the app, they do not race the machine.
configure({ asyncUtilTimeout: 4_000 })

// Testing Library cleans up by itself only where the runner has globals.
afterEach(() => {
  cleanup()
})

/** jsdom has no layout; report one size change when an element is observed. */
class ResizeObserverStub {
  readonly #callback: ResizeObserverCallback
  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback
  }
  observe() {
    this.#callback([], this)
  }
  unobserve() {
    // Nothing to stop: the stub never reports on its own.
  }
  disconnect() {
    // Nothing to stop: the stub never reports on its own.
  }
}
if (!('ResizeObserver' in globalThis)) globalThis.ResizeObserver = ResizeObserverStub

// The poll's later parts are compiled the first time they are imported: done
// here, a test's first render waits for the app, not for the compiler. Only a
// warm-up: a part that fails to load fails the tests that need it, by name,
// rather than every test file at once, which the mutation run reads as no
// test failing.
await Promise.allSettled(
  Object.values(lazyParts).map(async (part) => {
    if ('preload' in part) await part.preload()
  }),
)
