import { beforeEach, describe, expect, test } from 'vitest'
import { appRenderer, type AppRenderer } from '../src/entry-server.tsx'
import { onlyQuestion, votedAttach } from '../src/testing/fixtures/attach.ts'
import { paintPoll, type PaintTask } from './paint-poll.ts'
import { serverPurify } from './server-purify.ts'

/** A paint of the portal's answer `body`, sent as its JSON text unless a string. */
function task(body: unknown, changes: Partial<PaintTask> = {}): PaintTask {
  return {
    lang: 'en',
    origin: 'https://portal.example',
    placement: { code: 'IM_CONTEXT_MENU', options: { messageId: '1002' } },
    answer: new TextEncoder().encode(
      typeof body === 'string' ? body : JSON.stringify(body),
    ),
    markupBudget: { texts: 20, characters: 20_000 },
    ...changes,
  }
}

let renderer: AppRenderer

// A renderer per test, with a DOMPurify of its own, as a render thread makes one.
beforeEach(() => {
  renderer = appRenderer(serverPurify())
})

describe('painting a poll from the portal’s answer', () => {
  test('the page shows the poll, in the language and for the portal and message it was opened with', async () => {
    const page = await paintPoll(
      renderer,
      task({ result: { attach: votedAttach() }, time: {} }, { lang: 'ar' }),
    )

    expect(page?.appHtml).toContain('How are you?')
    expect(page?.locale).toBe('ar')
    expect(page?.dir).toBe('rtl')
    const data = JSON.parse(
      page?.dataElement.replace(/^<script[^>]*>|<\/script>$/g, '') ?? '',
    ) as Record<string, unknown>
    expect(data).toMatchObject({
      lang: 'ar',
      origin: 'https://portal.example',
      placement: { code: 'IM_CONTEXT_MENU', options: { messageId: '1002' } },
    })
  })

  test.each([
    ['text that is not JSON', '<html>Bad gateway</html>'],
    ['JSON without a result', { error: 'ACCESS_DENIED' }],
    ['a result that is no poll', { result: { attach: { ID: 'x' } } }],
    ['null', 'null'],
  ])('an answer of %s paints nothing', async (_, body) => {
    expect(await paintPoll(renderer, task(body))).toBeUndefined()
  })

  test('a poll with more markup than the budget paints nothing', async () => {
    const attach = votedAttach()
    Object.assign(onlyQuestion(attach), {
      QUESTION: '<b>Lunch</b>',
      QUESTION_TYPE: 'html',
    })
    const answer = { result: { attach }, time: {} }

    const within = await paintPoll(renderer, task(answer))
    const over = await paintPoll(
      renderer,
      task(answer, { markupBudget: { texts: 0, characters: 20_000 } }),
    )

    expect(within?.appHtml).toContain('<b>Lunch</b>')
    expect(over).toBeUndefined()
  })
})
