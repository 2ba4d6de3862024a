import type { Frame } from '@playwright/test'
import { BORIS } from '@chat-poll/simulated-portal/demo-polls'
import {
  appFrame,
  cspViolations,
  recordCspViolations,
  type CspViolation,
} from './support/app-frame'
import { expect, test } from './support/fixtures'
import { pollCalls } from './support/poll-calls'
import { XSS_VECTORS } from './support/xss-vectors'

const INLINE_FORMATTING = [
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'S',
  'SUB',
  'SUP',
  'SMALL',
  'MARK',
  'CODE',
  'BR',
]

/**
 * The vectors in two polls, each within the server's budget of texts with
 * markup (server/render-pool.ts), so that the server's sanitiser paints them
 * and the app's sanitises them again as it takes the page over.
 */
const HALF = Math.ceil(XSS_VECTORS.length / 2)
const POLLS = [
  { first: 1, vectors: XSS_VECTORS.slice(0, HALF) },
  { first: HALF + 1, vectors: XSS_VECTORS.slice(HALF) },
]

for (const { first, vectors } of POLLS) {
  const last = first + vectors.length - 1

  test(`none of the known attack vectors ${first} to ${last} in HTML poll texts, painted by the server, runs script or leaves its row`, async ({
    page,
    portal,
    chat,
  }) => {
    await recordCspViolations(page)
    const poll = await portal.createFeedPoll({
      authorId: BORIS,
      questions: attackQuestions(vectors, first),
    })
    await page.goto(
      portal.chatUrl({
        placement: 'DEFAULT',
        options: JSON.stringify({ attachId: poll.attachId }),
      }),
    )

    // Not voted yet: every answer is a choice, its results come once Anna votes.
    await expect(chat.app.getByRole('radio')).toHaveCount(vectors.length)
    // The app sanitises what the server painted again as it takes the page
    // over, which answers that can be chosen show it has.
    await expect(chat.app.getByRole('radio').last()).toBeEnabled()
    await expect(chat.app.getByRole('group', { name: /^Set 1\b/ })).toBeVisible()
    await expect(
      chat.app.getByRole('radio', { name: new RegExp(`^Vector ${first}\\b`) }),
    ).toBeVisible()
    // Formatting survives: the answer's own <i> is still there.
    await expect(
      chat.app
        .getByRole('listitem')
        .filter({
          has: chat.app.getByRole('radio', {
            name: new RegExp(`^Vector ${first + 1}\\b`),
          }),
        })
        .locator('i'),
    ).toHaveText(`Vector ${first + 1}`)
    // Read once, by the server: the page came with the poll rendered in it.
    expect(await pollCalls(portal)).toEqual(['vote.AttachedVote.get'])

    const frame = await appFrame(page)
    // Let handlers that fire late (animations, media errors, autofocus) have their go.
    await expect.poll(() => frame.evaluate(() => document.getAnimations().length)).toBe(0)
    expect(await frame.evaluate(() => window.__xss)).toBeUndefined()
    // Only style reports are expected: the sanitiser parses the payload's <style>
    // and style attributes in an inert document, which the page's policy covers
    // too. A blocked script or Trusted Types sink would mean markup got past it.
    // Chromium checks the policy while DOMPurify parses the payload into an
    // inert document, and reports the handler attributes it sees there with
    // the `parseFromString` call as their source, although nothing in that
    // document can run. Any other script or Trusted Types report, and any
    // report from another place, means markup got past the sanitiser. Style
    // reports are expected: the payload's <style> and style attributes meet the
    // page's policy in that inert document too.
    const inertParse = await parseFromStringCalls(frame)
    const violations = await cspViolations(frame)
    expect(
      violations.filter(
        (report) =>
          !report.directive.startsWith('style-src') &&
          !(report.directive === 'script-src-attr' && inertParse.isSourceOf(report)),
      ),
    ).toEqual([])

    const found = await frame.evaluate((allowed) => {
      const strays: string[] = []
      for (const text of document.querySelectorAll('bdi')) {
        for (const element of text.querySelectorAll('*')) {
          if (!allowed.includes(element.tagName) || element.attributes.length > 0) {
            strays.push(element.outerHTML)
          }
        }
      }
      return strays
    }, INLINE_FORMATTING)
    expect(found).toEqual([])

    const escapes = await frame.evaluate(() => {
      const outside: string[] = []
      const rows = document.querySelectorAll('li, h2')
      for (const row of rows) {
        const box = row.getBoundingClientRect()
        for (const element of row.querySelectorAll('bdi, bdi *')) {
          const inner = element.getBoundingClientRect()
          if (
            inner.left < box.left - 1 ||
            inner.right > box.right + 1 ||
            inner.top < box.top - 1 ||
            inner.bottom > box.bottom + 1
          ) {
            outside.push(element.outerHTML)
          }
        }
      }
      return outside
    })
    expect(escapes).toEqual([])
    expect(
      await frame.evaluate(
        () =>
          document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true)
  })
}

/**
 * A news-feed poll's HTML questions of seven answers each, every text an
 * attack vector, numbered from `first`.
 */
function attackQuestions(vectors: readonly string[], first: number) {
  const perQuestion = 7
  const questions = []
  for (let start = 0; start < vectors.length; start += perQuestion) {
    questions.push({
      text: `<b>Set ${questions.length + 1}</b> ${vectors[start] ?? ''}`,
      answers: vectors
        .slice(start, start + perQuestion)
        .map((vector, index) => `<i>Vector ${first + start + index}</i> ${vector}`),
      html: true,
    })
  }
  return questions
}

/**
 * Where the sanitiser file the app loaded calls `DOMParser.parseFromString`,
 * as the 1-based line and column a CSP report gives for a call on the stack.
 */
async function parseFromStringCalls(frame: Frame) {
  const file = await frame.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => new URL(name).pathname.startsWith('/assets/sanitizer-')),
  )
  if (!file) throw new Error('The sanitiser was never loaded')
  // The page's connect-src allows only the portal: read the file from here.
  const source = await (await frame.page().request.get(file)).text()
  const calls = source
    .split('\n')
    .flatMap((text, index) =>
      [...text.matchAll(/parseFromString/g)].map(
        (match) => `${index + 1}:${match.index + 1}`,
      ),
    )
  expect(calls).not.toEqual([])
  return {
    file,
    isSourceOf: (report: CspViolation) =>
      report.sourceFile === file && calls.includes(`${report.line}:${report.column}`),
  }
}
