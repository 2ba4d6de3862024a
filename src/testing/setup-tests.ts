import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

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
globalThis.ResizeObserver ??= ResizeObserverStub
