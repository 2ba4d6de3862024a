import { JSDOM } from 'jsdom'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  unvotedPollResult,
  type QuestionTexts,
} from '../e2e/portal/testing/poll-answer.ts'
import { XSS_VECTORS } from '../e2e/support/xss-vectors.ts'
import { ALLOWED_HTML } from '../src/features/poll/poll-text/allowed-html.ts'
import type { Markup } from '../src/features/poll/poll-text/sanitizer.ts'
import { startAppServer, type RunningServer } from './app-server.ts'
import type { PaintRequest } from './paint-poll.ts'
import { RENDER_LIMITS, startRenderPool, type RenderPool } from './render-pool.ts'
import { renderWorkerBundle } from './render-worker-bundle.ts'
import { appRoot, PAGE, type AppRoot } from './testing/app-root.ts'
import { startStubPortal, type StubPortal } from './testing/stub-portal.ts'

/** One of the texts below: under 10, each index gives a text of the same length. */
const text = (index: number) =>
  `<b>Option ${String(index)}</b> with <i>formatting</i> &amp; <a href="https://example.com/">a link</a>`

/** A poll of `questions` × `answers` whose every text carries markup. */
function htmlPollResult(questions: number, answers: number) {
  return pollResult(
    Array.from({ length: questions }, (_, q) => ({
      text: text(q),
      answers: Array.from({ length: answers }, (_, a) => text(a)),
    })),
  )
}

/** A poll not voted yet, its texts HTML: every answer shows as a choice. */
function pollResult(questions: readonly QuestionTexts[]) {
  return unvotedPollResult('html', questions)
}

let root: AppRoot
let portal: StubPortal

beforeAll(async () => {
  root = await appRoot({ 'index.html': PAGE })
  portal = await startStubPortal()
})

afterAll(async () => {
  await portal.close()
  await root.remove()
})

function answerWith(result: unknown) {
  portal.answerWith(200, { result, time: {} })
}

async function startApp(markupBudget: Markup): Promise<RunningServer> {
  return startAppServer({
    root: root.path,
    portalOrigins: [portal.origin],
    firstPaint: {
      readLimits: { deadlineMs: 60_000 },
      renderLimits: {
        threads: 1,
        deadlineMs: 60_000,
        markupBudget,
      },
      renderWorker: await renderWorkerBundle(),
    },
  })
}

async function openFromPortal(app: RunningServer): Promise<string> {
  return (await portal.openApp(app.url)).text()
}

/** Render threads of their own, painting with `markupBudget`. */
async function startThreads(markupBudget: Markup): Promise<RenderPool> {
  return startRenderPool(
    { ...RENDER_LIMITS, threads: 1, deadlineMs: 60_000, markupBudget },
    8,
    await renderWorkerBundle(),
  )
}

/** A paint of the portal's answer holding `result`. */
function paintRequest(result: unknown): PaintRequest {
  return {
    lang: 'en',
    origin: portal.origin,
    placement: { code: 'IM_CONTEXT_MENU', options: { messageId: '1002' } },
    answer: new TextEncoder().encode(JSON.stringify({ result, time: {} })),
  }
}

describe('rendering a poll', () => {
  test('a poll of 48 texts with markup is painted into the page', async () => {
    answerWith(htmlPollResult(3, 16))
    const app = await startApp({ texts: 1_000, characters: 1_000_000 })
    try {
      const html = await openFromPortal(app)

      expect(html).toContain('<b>Option 15</b>')
    } finally {
      await app.close()
    }
  })

  // A question and 3 answers are within each budget below; one answer more is over it.
  test.each([
    ['more texts with markup', { texts: 4, characters: 1_000_000 }],
    ['texts holding more markup', { texts: 1_000, characters: 4 * text(0).length }],
  ])(
    'a poll with %s than the threads paint is left to the browser',
    async (_, budget) => {
      const threads = await startThreads(budget)
      try {
        const within = await threads.paint(paintRequest(htmlPollResult(1, 3)))
        const over = await threads.paint(paintRequest(htmlPollResult(1, 4)))

        expect(within?.appHtml).toContain('<b>Option 2</b>')
        expect(over).toBeUndefined()
      } finally {
        await threads.close()
      }
    },
  )

  test('no known attack vector in a poll text reaches the page the server paints', async () => {
    const request = paintRequest(
      pollResult([
        {
          text: `<b>Every vector</b> ${XSS_VECTORS.join(' ')}`,
          answers: XSS_VECTORS.map(
            (vector, index) => `<i>Vector ${String(index + 1)}</i> ${vector}`,
          ),
        },
      ]),
    )
    const threads = await startThreads({ texts: 1_000, characters: 1_000_000 })
    try {
      const page = await threads.paint(request)
      const html = `${page?.appHtml ?? ''}${page?.dataElement ?? ''}`
      const { document } = new JSDOM(html).window
      const elements = [...document.querySelectorAll('*')]
      const texts = [...document.querySelectorAll('#root bdi')]

      expect(html).toContain(`Vector ${String(XSS_VECTORS.length)}`)
      // The poll's data, which never runs, is the only script painted.
      expect([...document.scripts].map((script) => script.type || 'classic')).toEqual([
        'application/json',
      ])
      expect(
        elements.flatMap((element) =>
          [...element.attributes]
            .filter(
              (attribute) =>
                attribute.name.startsWith('on') ||
                /^\s*javascript:/i.test(attribute.value),
            )
            .map((attribute) => `${element.tagName} ${attribute.name}`),
        ),
      ).toEqual([])
      expect(
        texts.flatMap((text) =>
          [...text.querySelectorAll('*')]
            .filter(
              (element) =>
                !ALLOWED_HTML.ALLOWED_TAGS.includes(element.localName) ||
                element.attributes.length > 0,
            )
            .map((element) => element.outerHTML),
        ),
      ).toEqual([])
    } finally {
      await threads.close()
    }
  })
})
