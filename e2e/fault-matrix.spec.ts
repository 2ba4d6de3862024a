import type { FrameLocator } from '@playwright/test'
import type { PortalSession } from '@chat-poll/simulated-portal/client'
import { ANNA, CHEN, lunchPoll } from '@chat-poll/simulated-portal/demo-polls'
import type { ChatPoll, FaultRequest } from '@chat-poll/simulated-portal/schemas'
import { expect, test } from './support/fixtures'
import { WHO_VOTED_READS } from './support/poll-calls'
import { expectErrorCode, internalServerError, type ChatPage } from './support/chat-page'

/**
 * Every fault a Bitrix24 user can meet while the app is open, each checked
 * three ways: what the user sees, the REST calls the portal received, and
 * the ballot the portal stored afterwards. Each test posts the lunch poll, in
 * which Anna chose "Sushi bar", with 4 voters.
 */

// The app reading the poll itself, as on a page a file server sends (and as
// after any failed read by the app's server): the faults of opening are its
// own. server-first-paint.spec.ts has those of the server's read.
test.use({ appHosting: 'static' })
/** The SDK's back-off between attempts adds up to several seconds. */
const SDK_RETRIES = { timeout: 20_000 }

/** The `time` block the SDK requires on every successful answer. */
function restTime() {
  const now = Date.now() / 1000
  return {
    start: now,
    finish: now,
    duration: 0,
    processing: 0,
    date_start: new Date().toISOString(),
    date_finish: new Date().toISOString(),
    operating_reset_at: Math.floor(now) + 600,
    operating: 0,
  }
}

async function callLog(portal: PortalSession) {
  return (await portal.calls())
    .filter((call) => !WHO_VOTED_READS.has(call.method))
    .map((call) =>
      [call.method, call.status, call.error]
        .filter((part) => part !== undefined)
        .join(' '),
    )
}

/** Bitrix24 answers the app's next recall with `response`, whatever it did with it. */
function answerNextRecall(portal: PortalSession, response: FaultRequest['response']) {
  return portal.fault({ method: 'vote.AttachedVote.recall', response })
}

/** A poll read, and not who voted in it (`getWithVoted`). */
function isPollRead(url: string) {
  return /\/vote\.AttachedVote\.get(\.json)?$/.test(new URL(url).pathname)
}

async function expectAnnasVoteShown(app: FrameLocator) {
  await expect(app.getByRole('meter', { name: 'Sushi bar' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 50%, your answer',
  )
}

/**
 * Posts the lunch poll and opens it in the app, with Anna's vote shown and
 * the app's reads of who voted done.
 */
async function openLunchPoll(chat: ChatPage): Promise<ChatPoll> {
  const lunch = await chat.openPoll(lunchPoll)
  await expectAnnasVoteShown(chat.app)
  await chat.waitForOpeningReads()
  return lunch
}

/** Anna's vote still shown, and still stored with everyone else's. */
async function expectVoteKept(chat: ChatPage, portal: PortalSession, lunch: ChatPoll) {
  await expectAnnasVoteShown(chat.app)
  const stored = await portal.poll(lunch.messageId)
  expect(stored.ballots[ANNA]).toBeDefined()
  expect(stored.counter).toBe(4)
}

async function expectWithdrawn(chat: ChatPage, portal: PortalSession, lunch: ChatPoll) {
  await expect(chat.app.getByRole('status')).toHaveText(
    'Your vote was withdrawn.',
    SDK_RETRIES,
  )
  // Not voted any more: the results stay, without Anna's mark.
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).not.toHaveAttribute(
    'aria-valuetext',
    /your answer/,
  )
  await expect(chat.app.getByRole('alert')).toHaveCount(0)
  const stored = await portal.poll(lunch.messageId)
  expect(stored.ballots[ANNA]).toBeUndefined()
  // Exactly one ballot gone: nobody else's vote went with it.
  expect(stored.counter).toBe(3)
}

for (const { name, refuseOnce, refusal } of [
  {
    name: 'an access token that expires while the app is open is renewed without the user noticing',
    refuseOnce: (portal: PortalSession) => portal.expireTokens(),
    refusal: 'vote.AttachedVote.recall 401 expired_token',
  },
  {
    name: 'a rate-limited withdrawal waits, is sent again once and succeeds',
    refuseOnce: (portal: PortalSession) =>
      answerNextRecall(portal, {
        status: 503,
        body: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' },
      }),
    refusal: 'vote.AttachedVote.recall 503 QUERY_LIMIT_EXCEEDED',
  },
]) {
  test(name, async ({ portal, chat }) => {
    const lunch = await openLunchPoll(chat)
    await refuseOnce(portal)

    await chat.withdrawButton.click()

    await expectWithdrawn(chat, portal, lunch)
    expect(await callLog(portal)).toEqual([
      'vote.AttachedVote.get 200',
      refusal,
      'vote.AttachedVote.recall 200',
    ])
  })
}

test('when the portal’s rate limit refuses the first request, the SDK waits and the poll still shows', async ({
  portal,
  chat,
}) => {
  // One call at once, then one a second: the SDK's first wait (about 1.5 s)
  // is long enough for the bucket to drain, however slow the machine is.
  await portal.setRateLimit({ burst: 1, drainPerSecond: 1 })
  // Other apps' calls have filled the bucket just as the app's first read arrives.
  await portal.fault({ method: 'vote.AttachedVote.get', fillRateLimit: true })

  await chat.openPoll(lunchPoll)

  // Opening now includes the SDK's back-off before its second attempt.
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible({
    timeout: 15_000,
  })
  const reads = (await portal.callsOf('vote.AttachedVote.get')).map((call) => [
    call.status,
    call.error,
  ])
  expect(reads).toEqual([
    [503, 'QUERY_LIMIT_EXCEEDED'],
    [200, undefined],
  ])
})

test('a server error while loading offers a retry that shows the poll', async ({
  portal,
  chat,
}) => {
  await portal.fault({
    method: 'vote.AttachedVote.get',
    response: internalServerError,
  })
  const lunch = await chat.openPoll(lunchPoll)

  const alert = chat.app.getByRole('alert')
  await expect(alert).toContainText('The poll couldn’t be loaded')
  await expect(alert).toContainText('Bitrix24 ran into a problem on its side.')
  await expectErrorCode(alert, 'INTERNAL_SERVER_ERROR')
  expect(await callLog(portal)).toEqual([
    'vote.AttachedVote.get 500 INTERNAL_SERVER_ERROR',
  ])
  await alert.getByRole('button', { name: 'Retry' }).click()

  await expectVoteKept(chat, portal, lunch)
  expect(await callLog(portal)).toEqual([
    'vote.AttachedVote.get 500 INTERNAL_SERVER_ERROR',
    'vote.AttachedVote.get 200',
  ])
})

test('a failing gateway is retried by the SDK alone: three attempts in all, then the failure with Retry', async ({
  portal,
  chat,
}) => {
  await portal.fault({
    method: 'vote.AttachedVote.get',
    times: 5,
    response: { status: 502, body: '<html><body>Bad Gateway</body></html>' },
  })

  await chat.openPoll(lunchPoll)

  await expect(chat.app.getByRole('alert')).toContainText(
    'The poll couldn’t be loaded',
    SDK_RETRIES,
  )
  expect(await callLog(portal)).toEqual([
    'vote.AttachedVote.get 502',
    'vote.AttachedVote.get 502',
    'vote.AttachedVote.get 502',
  ])
})

test('a server error on withdrawal re-reads the poll, keeps the vote shown and lets the user try again', async ({
  portal,
  chat,
}) => {
  const lunch = await openLunchPoll(chat)
  await answerNextRecall(portal, internalServerError)

  await chat.withdrawButton.click()

  const alert = chat.app.getByRole('alert')
  await expect(alert).toContainText(
    'Your vote wasn’t withdrawn: Bitrix24 ran into a problem.',
  )
  await expectErrorCode(alert, 'INTERNAL_SERVER_ERROR')
  await expectVoteKept(chat, portal, lunch)
  expect(await callLog(portal)).toEqual([
    'vote.AttachedVote.get 200',
    'vote.AttachedVote.recall 500 INTERNAL_SERVER_ERROR',
    'vote.AttachedVote.get 200',
  ])

  await chat.withdrawButton.click()

  await expectWithdrawn(chat, portal, lunch)
})

test('with the network down the withdrawal is called unconfirmed, and once it is back it succeeds', async ({
  page,
  portal,
  chat,
}) => {
  const lunch = await openLunchPoll(chat)
  await page.context().route('**/rest/**', (route) => route.abort('internetdisconnected'))

  await chat.withdrawButton.click()

  await expect(chat.app.getByRole('alert')).toContainText(
    'Couldn’t reach Bitrix24 to confirm your vote was withdrawn.',
    SDK_RETRIES,
  )
  await expectVoteKept(chat, portal, lunch)
  expect(await callLog(portal)).toEqual(['vote.AttachedVote.get 200'])

  await page.context().unrouteAll()
  await chat.withdrawButton.click()

  await expectWithdrawn(chat, portal, lunch)
  expect(await portal.callsOf('vote.AttachedVote.recall')).toHaveLength(1)
})

test('a withdrawal whose answers are lost on the way back is confirmed by re-reading, never applied twice', async ({
  page,
  portal,
  chat,
}) => {
  const lunch = await openLunchPoll(chat)
  // Each recall reaches the portal, but the connection drops before its answer arrives.
  await page.context().route('**/rest/vote.AttachedVote.recall**', async (route) => {
    await route.fetch()
    await route.abort('connectionreset')
  })

  await chat.withdrawButton.click()

  await expectWithdrawn(chat, portal, lunch)
  const log = await callLog(portal)
  expect(log.at(-1)).toBe('vote.AttachedVote.get 200')
  expect(log.filter((call) => call.startsWith('vote.AttachedVote.recall'))).toHaveLength(
    log.length - 2,
  )
})

test('with the network down while opening, the failure is shown and Retry loads the poll once it is back', async ({
  page,
  portal,
  chat,
}) => {
  await page.context().route('**/rest/**', (route) => route.abort('internetdisconnected'))
  const lunch = await chat.openPoll(lunchPoll)

  const alert = chat.app.getByRole('alert')
  await expect(alert).toContainText('The poll couldn’t be loaded', SDK_RETRIES)
  await expect(alert).toContainText('The app couldn’t reach Bitrix24.')
  await expectErrorCode(alert, 'NETWORK_ERROR')
  expect(await portal.calls()).toEqual([])
  await page.context().unrouteAll()
  await alert.getByRole('button', { name: 'Retry' }).click()

  await expectVoteKept(chat, portal, lunch)
  expect(await callLog(portal)).toEqual(['vote.AttachedVote.get 200'])
})

test('a slow withdrawal shows the button busy and a triple click sends one recall', async ({
  portal,
  chat,
}) => {
  const lunch = await openLunchPoll(chat)
  await portal.fault({ method: 'vote.AttachedVote.recall', hold: true })
  const withdraw = chat.withdrawButton

  await withdraw.click({ clickCount: 3 })

  await expect(withdraw).toHaveAttribute('aria-busy', 'true')
  await expect(withdraw).toBeDisabled()
  await withdraw.dispatchEvent('click')
  await portal.releaseHeldCalls()
  await expectWithdrawn(chat, portal, lunch)
  expect(await callLog(portal)).toEqual([
    'vote.AttachedVote.get 200',
    'vote.AttachedVote.recall 200',
  ])
  const [recall] = await portal.callsOf('vote.AttachedVote.recall')
  expect(recall?.params.actionUuid).toEqual(expect.any(String))
})

test('a Bitrix24 page that never answers the app is reported instead of loading forever', async ({
  portal,
  chat,
}) => {
  await chat.openPoll(lunchPoll, { parent: 'silent' })

  await expect(chat.app.getByRole('alert')).toContainText('Bitrix24 is not responding', {
    timeout: 15_000,
  })
  expect(await portal.calls()).toEqual([])
})

for (const [fault, body] of [
  ['malformed JSON', '{"result": {"attach": '],
  ['a poll that fails validation', { result: { attach: { ID: 'x' } }, time: restTime() }],
] as const) {
  test(`${fault} from Bitrix24 is reported clearly, never as a blank page`, async ({
    portal,
    chat,
  }) => {
    await portal.fault({
      method: 'vote.AttachedVote.get',
      response: { status: 200, body },
    })
    const lunch = await chat.openPoll(lunchPoll)

    const alert = chat.app.getByRole('alert')
    await expect(alert).toContainText('The poll couldn’t be loaded')
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expectVoteKept(chat, portal, lunch)
  })
}

test('a recall answered with an empty result is shown as a failure and the poll is read again', async ({
  portal,
  chat,
}) => {
  const lunch = await openLunchPoll(chat)
  await answerNextRecall(portal, { status: 200, body: { result: [], time: restTime() } })

  await chat.withdrawButton.click()

  await expect(chat.app.getByRole('alert')).toContainText(
    'Bitrix24 didn’t withdraw your vote. The poll has been updated.',
  )
  await expectVoteKept(chat, portal, lunch)
  expect(await callLog(portal)).toEqual([
    'vote.AttachedVote.get 200',
    'vote.AttachedVote.recall 200',
    'vote.AttachedVote.get 200',
  ])
})

test.describe('where the portal refuses recalls on finished polls', () => {
  test.use({ portalSetup: { settings: { recallWhenFinished: false } } })

  test('a poll finished while open keeps the vote, explains why and shows the fresh state', async ({
    portal,
    chat,
  }) => {
    const lunch = await openLunchPoll(chat)
    await portal.stopPoll(lunch.messageId)
    const withdraw = chat.withdrawButton

    await withdraw.click()

    await expect(chat.app.getByRole('alert')).toContainText(
      'Your vote wasn’t withdrawn: the poll ended while it was open here.',
    )
    await expect(withdraw).toBeDisabled()
    await expect(withdraw).toHaveAccessibleDescription(
      'You can’t withdraw your vote: this poll has ended.',
    )
    await expect(chat.app.getByText(/Poll ended/)).toBeVisible()
    await expectVoteKept(chat, portal, lunch)
    expect(await callLog(portal)).toEqual([
      'vote.AttachedVote.get 200',
      'vote.AttachedVote.recall 400 403',
      'vote.AttachedVote.get 200',
    ])
  })
})

test('another member withdrawing while the app is open shows in the counters after my withdrawal', async ({
  portal,
  chat,
}) => {
  const lunch = await openLunchPoll(chat)
  await portal.withdrawAs(CHEN, lunch)

  await chat.withdrawVote()

  await expect(chat.app.getByText(/2\u00a0people voted/)).toBeVisible()
  const stored = await portal.poll(lunch.messageId)
  expect(stored.ballots[ANNA]).toBeUndefined()
  expect(stored.ballots[CHEN]).toBeUndefined()
  expect(stored.counter).toBe(2)
})

test('a read that answers after a withdrawal does not bring the withdrawn vote back', async ({
  page,
  portal,
  chat,
}) => {
  const lunch = await openLunchPoll(chat)
  let network: 'down' | 'slow reads' = 'down'
  const heldReads: (() => Promise<void>)[] = []
  await page.context().route('**/rest/**', async (route) => {
    if (network === 'down') {
      await route.abort('internetdisconnected')
    } else if (isPollRead(route.request().url())) {
      // The read reaches the portal now; its answer arrives when the test says so.
      const response = await route.fetch()
      heldReads.push(() => route.fulfill({ response }))
    } else {
      await route.continue()
    }
  })
  const withdraw = chat.withdrawButton
  await withdraw.click()
  await expect(chat.app.getByRole('alert')).toContainText(
    'reach Bitrix24 to confirm',
    SDK_RETRIES,
  )

  // The app keeps reading in the background; the connection comes back slow.
  network = 'slow reads'
  await expect.poll(() => heldReads.length, SDK_RETRIES).toBe(1)
  await withdraw.click()
  await expectWithdrawn(chat, portal, lunch)
  const lateAnswer = page.waitForEvent('requestfinished', (request) =>
    isPollRead(request.url()),
  )
  await heldReads[0]?.()
  await lateAnswer

  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).not.toHaveAttribute(
    'aria-valuetext',
    /your answer/,
  )
  await expect(chat.app.getByText(/3\u00a0people voted/)).toBeVisible()
  expect((await portal.poll(lunch.messageId)).ballots[ANNA]).toBeUndefined()
})
