import type { Page } from '@playwright/test'
import {
  lunchPoll,
  lunchQuestion,
  trainingPoll,
} from '@chat-poll/simulated-portal/demo-polls'
import { appUrl } from './support/app-url'
import { expect, test } from './support/fixtures'
import { pollCalls, WHO_VOTED_READS } from './support/poll-calls'
import { internalServerError } from './support/chat-page'

/**
 * The app's server answers the portal's form POST with the poll already in
 * the page: it reads the poll with the posted token and renders the app
 * around it, and the app takes that page over without asking again. When the
 * server cannot read the poll in time, the page is the one a file server
 * sends, and the app reads the poll itself: the user sees no difference.
 */

const appOrigin = () => new URL(appUrl()).origin

/** The REST calls the page itself sends about the poll, by method name. */
function browserRestCalls(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    const method = path.replace('/rest/', '')
    if (
      path.startsWith('/rest/') &&
      request.method() === 'POST' &&
      !WHO_VOTED_READS.has(method)
    ) {
      calls.push(method)
    }
  })
  return calls
}

/** The app's scripts never arrive: whatever shows came in the page itself. */
async function withoutAppScripts(page: Page) {
  await page.route(`${appOrigin()}/assets/*.js`, (route) => route.abort())
}

/** Errors the app reports, hydration mismatches among them. */
function appErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith(appOrigin())) {
      errors.push(message.text())
    }
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

test('the poll is on the first paint, before any of the app’s scripts has run', async ({
  page,
  chat,
}) => {
  await withoutAppScripts(page)

  await chat.openPoll(lunchPoll, { appConnects: false })

  const question = chat.app.getByRole('group', { name: lunchQuestion })
  await expect(question.getByRole('meter', { name: 'Sushi bar' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 50%, your answer',
  )
  await expect(chat.app.getByText(/4\u00a0people voted/)).toBeVisible()
  // Until the app runs, its buttons say they cannot be used yet.
  await expect(chat.withdrawButton).toBeDisabled()
})

test('a painted ballot takes no choice before the app has taken it over', async ({
  page,
  chat,
}) => {
  await withoutAppScripts(page)

  await chat.openFeedPoll(trainingPoll, { appConnects: false })

  const answer = chat.app.getByRole('radio').first()
  await expect(answer).toBeVisible()
  await expect(answer).toBeDisabled()
  await expect(chat.app.getByRole('button', { name: 'Vote', exact: true })).toBeDisabled()
})

test('opening makes no REST call from the page; the vote is withdrawn once the app has taken over', async ({
  page,
  portal,
  chat,
}) => {
  const fromPage = browserRestCalls(page)
  const errors = appErrors(page)
  await chat.openPoll(lunchPoll)
  await chat.waitForAppToTakeOver()

  await chat.withdrawVote()

  await expect(chat.app.getByText(/· 3\u00a0people voted\b/)).toBeVisible()
  expect(fromPage).toEqual(['vote.AttachedVote.recall'])
  // The server's read, with the user's own token, and the page's recall.
  const calls = (await portal.calls()).filter((call) => !WHO_VOTED_READS.has(call.method))
  expect(calls.map((call) => [call.method, call.userId])).toEqual([
    ['vote.AttachedVote.get', 1],
    ['vote.AttachedVote.recall', 1],
  ])
  expect(errors).toEqual([])
})

test('a ballot painted by the server is taken over without a mismatch and checks required questions', async ({
  page,
  chat,
}) => {
  const fromPage = browserRestCalls(page)
  const errors = appErrors(page)
  await chat.openFeedPoll(trainingPoll)

  await chat.waitForAppToTakeOver()
  await chat.app.getByRole('button', { name: 'Vote', exact: true }).press('Enter')

  await expect(chat.app.getByRole('alert')).toContainText(
    'Answer every required question before voting.',
  )
  expect(fromPage).toEqual([])
  expect(errors).toEqual([])
})

for (const [how, fault] of [
  // The server's read waits until the test lets it go, far past its deadline.
  ['slowly', { hold: true }],
  ['with a server error', { response: internalServerError }],
] as const) {
  test(`a portal that answers the server’s read ${how}: the page comes without the poll, and the app reads it unseen`, async ({
    page,
    portal,
    chat,
  }) => {
    await portal.fault({ method: 'vote.AttachedVote.get', ...fault })
    const fromPage = browserRestCalls(page)

    await chat.openPoll(lunchPoll)

    await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toHaveAttribute(
      'aria-valuetext',
      '2\u00a0votes, 50%, your answer',
    )
    await expect(chat.app.getByRole('alert')).toHaveCount(0)
    expect(fromPage).toEqual(['vote.AttachedVote.get'])
    await portal.releaseHeldCalls()
  })
}

test('a Bitrix24 page that never answers the app: the server-rendered poll is replaced by saying so', async ({
  portal,
  chat,
}) => {
  await chat.openPoll(lunchPoll, { parent: 'silent' })

  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible()
  await expect(chat.app.getByRole('alert')).toContainText('Bitrix24 is not responding', {
    timeout: 15_000,
  })
  expect(await pollCalls(portal)).toEqual(['vote.AttachedVote.get'])
})

test.describe('served as a file, as by nginx', () => {
  test.use({ appHosting: 'static' })

  test('the app reads the poll itself with one REST call and works the same', async ({
    page,
    chat,
  }) => {
    const fromPage = browserRestCalls(page)
    await chat.openPoll(lunchPoll)

    await chat.withdrawVote()

    expect(fromPage).toEqual(['vote.AttachedVote.get', 'vote.AttachedVote.recall'])
  })
})
