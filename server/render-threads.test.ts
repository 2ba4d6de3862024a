import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  unvotedPollResult,
  type QuestionTexts,
} from '../e2e/portal/testing/poll-answer.ts'
import { XSS_VECTORS } from '../e2e/support/xss-vectors.ts'
import { JSDOM } from 'jsdom'
import { ALLOWED_HTML } from '../src/features/poll/poll-text/allowed-html.ts'
import type { Markup } from '../src/features/poll/poll-text/sanitizer.ts'
import { startAppServer, type RunningServer } from './app-server.ts'
import { renderWorkerBundle } from './render-worker-bundle.ts'

const PAGE =
  '<!doctype html><html lang="en"><head><title>Chat Poll</title></head><body><div id="root"></div></body></html>'
const PLACEMENT = { code: 'IM_CONTEXT_MENU', options: { messageId: '1002' } }

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

let root: string
let answer = ''
const portal = createServer((req, res) => {
  req.resume()
  req.once('end', () => {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(answer)
  })
})
let portalHost: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'render-threads-'))
  await writeFile(join(root, 'index.html'), PAGE)
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve))
  portalHost = `127.0.0.1:${String((portal.address() as AddressInfo).port)}`
})

afterAll(async () => {
  portal.closeAllConnections()
  await new Promise((resolve) => portal.close(resolve))
  await rm(root, { recursive: true, force: true })
})

async function startApp(markupBudget: Markup): Promise<RunningServer> {
  return startAppServer({
    root,
    portalOrigins: [`http://${portalHost}`],
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
  const query = new URLSearchParams({ DOMAIN: portalHost, PROTOCOL: '0', LANG: 'en' })
  const response = await fetch(`${app.url}?${query.toString()}`, {
    method: 'POST',
    body: new URLSearchParams({
      AUTH_ID: 'token',
      PLACEMENT: PLACEMENT.code,
      PLACEMENT_OPTIONS: JSON.stringify(PLACEMENT.options),
    }),
  })
  return response.text()
}

describe('rendering a poll', () => {
  test('a poll of 48 texts with markup is painted into the page', async () => {
    answer = JSON.stringify({ result: htmlPollResult(3, 16), time: {} })
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
    'a poll with %s than the server paints gets the page as it is',
    async (_, budget: Markup) => {
      const app = await startApp(budget)
      try {
        answer = JSON.stringify({ result: htmlPollResult(1, 3), time: {} })
        const within = await openFromPortal(app)
        answer = JSON.stringify({ result: htmlPollResult(1, 4), time: {} })
        const over = await openFromPortal(app)

        expect(within).toContain('<b>Option 2</b>')
        expect(over).toBe(PAGE)
      } finally {
        await app.close()
      }
    },
  )

  test('no known attack vector in a poll text reaches the page the server paints', async () => {
    answer = JSON.stringify({
      result: pollResult([
        {
          text: `<b>Every vector</b> ${XSS_VECTORS.join(' ')}`,
          answers: XSS_VECTORS.map(
            (vector, index) => `<i>Vector ${String(index + 1)}</i> ${vector}`,
          ),
        },
      ]),
      time: {},
    })
    const app = await startApp({ texts: 1_000, characters: 1_000_000 })
    try {
      const html = await openFromPortal(app)
      const { document } = new JSDOM(html).window
      const elements = [...document.querySelectorAll('*')]
      const texts = [...document.querySelectorAll('#root bdi')]

      expect(html).toContain(`Vector ${String(XSS_VECTORS.length)}`)
      // The poll's data, which never runs, is the page's only script.
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
      await app.close()
    }
  })
})
