import { describe, expect, test, vi } from 'vitest'
import { votedAttach } from '../src/testing/fixtures/attach.ts'
import paint, { ready } from './render-worker.ts'
import type { ThreadTask } from './render-pool.ts'

/**
 * The render thread's module, loaded on the test's own thread: what it does
 * with a task is the same, and here mutation testing can change it.
 */

function task(paintBy: number): ThreadTask {
  return {
    lang: 'en',
    origin: 'https://portal.example',
    placement: { code: 'IM_CONTEXT_MENU', options: { messageId: '1002' } },
    answer: new TextEncoder().encode(
      JSON.stringify({ result: { attach: votedAttach() }, time: {} }),
    ),
    markupBudget: { texts: 20, characters: 20_000 },
    paintBy,
  }
}

describe('a render thread', () => {
  test('is ready once it has painted the warm-up polls', () => {
    expect(ready()).toBe(true)
  })

  test('paints a poll handed over before its deadline', async () => {
    const page = await paint(task(Date.now() + 60_000))

    expect(page?.appHtml).toContain('How are you?')
  })

  test('still paints a poll whose deadline is this very millisecond', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000)

    const page = await paint(task(1_000_000))

    expect(page?.appHtml).toContain('How are you?')
  })

  test('drops unrendered a poll that waited in the queue past its deadline', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000)

    expect(await paint(task(999_999))).toBeUndefined()
  })
})
