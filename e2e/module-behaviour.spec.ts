import {
  ANNA,
  CHEN,
  DANA,
  budgetPoll,
  lunchPoll,
  redesignPoll,
  releasePoll,
  toolsPoll,
} from '@chat-poll/simulated-portal/demo-polls'
import { appFrame, cspViolations, recordCspViolations } from './support/app-frame'
import type { ChatPage } from './support/chat-page'
import { expect, test } from './support/fixtures'
import { pollCalls } from './support/poll-calls'

/**
 * The app against answers a real portal gives, as the vote module's own
 * source shows them (e2e/portal/FIDELITY.md): refusals that hide success,
 * locks, polls that go away, portals that stop answering.
 */

test('a vote whose answer is lost is resent, refused as a repeat, and still reported as counted', async ({
  page,
  portal,
  chat,
}) => {
  // Dana has not voted in the release poll, which allows no changes.
  let firstAttempt = true
  await page.context().route('**/rest/vote.AttachedVote.vote**', async (route) => {
    if (!firstAttempt) return route.continue()
    firstAttempt = false
    await route.fetch()
    return route.abort('connectionreset')
  })
  const release = await chat.openPoll(releasePoll, { user: DANA })

  await chat.vote('Not sure')

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was counted.', {
    // The SDK waits about a second before it resends.
    timeout: 15_000,
  })
  await expect(chat.app.getByRole('alert')).toHaveCount(0)
  await expect(chat.app.getByRole('meter', { name: 'Not sure' })).toHaveAttribute(
    'aria-valuetext',
    '1\u00a0vote, 25%, your answer',
  )
  const votes = await portal.callsOf('vote.AttachedVote.vote')
  expect(votes.map((call) => call.status)).toEqual([200, 200])
  expect(Object.keys((await portal.poll(release.messageId)).ballots)).toContain(
    String(DANA),
  )
})

test('while a withdrawal is on its way, nothing else can be sent', async ({
  portal,
  chat,
}) => {
  await chat.openPoll(lunchPoll)
  const change = chat.app.getByRole('button', { name: 'Change vote' })
  await expect(change).toBeEnabled()
  await chat.waitForOpeningReads()
  await portal.fault({ method: 'vote.AttachedVote.recall', hold: true })

  await chat.withdrawButton.click()

  await expect(change).toBeDisabled()
  await change.dispatchEvent('click')
  await expect(chat.app.getByRole('radio')).toHaveCount(0)
  await portal.releaseHeldCalls()
  await expect(chat.app.getByRole('status')).toHaveText('Your vote was withdrawn.')
  expect(await pollCalls(portal)).toEqual([
    'vote.AttachedVote.get',
    'vote.AttachedVote.recall',
  ])
})

test('a portal that stops answering gets the user an answer within 15 seconds', async ({
  page,
  portal,
  chat,
}) => {
  await page.clock.install()
  await chat.openPoll(lunchPoll)
  await chat.waitForAppToTakeOver()
  await chat.waitForOpeningReads()
  await portal.fault({ method: 'vote.AttachedVote.recall', hang: true })
  const withdraw = chat.withdrawButton

  await withdraw.click()
  await expect(withdraw).toHaveAttribute('aria-busy', 'true')
  await page.clock.fastForward(15_000)

  await expect(chat.app.getByRole('alert')).toContainText(
    'Couldn’t reach Bitrix24 to confirm your vote was withdrawn.',
  )
  // The outcome is settled by a fresh read: the recall never ran, the vote stays.
  await expect(withdraw).toHaveAttribute('aria-busy', 'false')
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 50%, your answer',
  )
  expect((await portal.callsOf('vote.AttachedVote.get')).length).toBeGreaterThanOrEqual(2)
})

test('a change Bitrix24 refuses after deleting the earlier ballot is told as it is', async ({
  page,
  portal,
  chat,
}) => {
  // A ballot the module refuses reaches it, as one would if the app's own
  // check let it through: Bitrix24 deletes the earlier ballot first.
  await page.context().route('**/rest/vote.AttachedVote.vote**', (route) => {
    const form = new URLSearchParams(route.request().postData() ?? '')
    for (const key of [...form.keys()]) if (key.startsWith('ballot[')) form.delete(key)
    form.set('ballot', '')
    return route.continue({ postData: form.toString() })
  })
  const lunch = await chat.openPoll(lunchPoll)
  await chat.app.getByRole('button', { name: 'Change vote' }).click()
  await chat.app.getByRole('radio', { name: 'Pizza place' }).check()

  await chat.app.getByRole('button', { name: 'Save vote' }).click()

  await expect(chat.app.getByRole('alert')).toHaveText(
    'Bitrix24 didn’t accept your new vote and removed your earlier one. Choose your answers and vote again.',
  )
  // No vote any more: no results until Anna votes again.
  await expect(chat.app.getByRole('meter')).toHaveCount(0)
  await expect(chat.app.getByText(/· 3\u00a0people voted ·/)).toBeVisible()
  expect((await portal.poll(lunch.messageId)).ballots[ANNA]).toBeUndefined()
})

/**
 * Anna opens the lunch poll; once its reads are done, `meanwhile` changes the
 * portal under the open app, and then she presses Withdraw my vote.
 */
async function withdrawAfter(
  chat: ChatPage,
  meanwhile: (messageId: number) => Promise<unknown>,
) {
  const lunch = await chat.openPoll(lunchPoll)
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible()
  await chat.waitForOpeningReads()
  await meanwhile(lunch.messageId)

  await chat.withdrawButton.click()
  return lunch
}

test('a poll deleted with its message while the app is open is replaced by a notice at the next change', async ({
  portal,
  chat,
}) => {
  await withdrawAfter(chat, (messageId) => portal.deletePoll(messageId))

  await expect(
    chat.app.getByRole('heading', { name: 'This message has no poll' }),
  ).toBeVisible()
  await expect(chat.app.getByRole('meter')).toHaveCount(0)
  await expect(chat.app.getByRole('button', { name: 'Retry' })).toHaveCount(0)
  const recalls = await portal.callsOf('vote.AttachedVote.recall')
  expect(recalls.map((call) => [call.status, call.error])).toEqual([
    [400, 'ATTACH_NOT_FOUND'],
  ])
})

test('someone removed from the chat while the app is open is told they can no longer see the poll', async ({
  portal,
  chat,
}) => {
  const lunch = await withdrawAfter(chat, (messageId) =>
    portal.removeMember(ANNA, messageId),
  )

  await expect(
    chat.app.getByRole('heading', { name: 'You can’t see this poll' }),
  ).toBeVisible()
  await expect(chat.app.getByRole('meter')).toHaveCount(0)
  expect((await portal.poll(lunch.messageId)).ballots[ANNA]).toBeDefined()
})

test.describe('where the portal names the read denial as the docs do', () => {
  test.use({ portalSetup: { settings: { readDeniedCode: 'docs' } } })

  test('a poll from a chat I am not a member of is not shown either', async ({
    chat,
  }) => {
    await chat.openPoll(budgetPoll)

    await expect(
      chat.app.getByRole('heading', { name: 'You can’t see this poll' }),
    ).toBeVisible()
  })
})

test('results the author hid show a member only the answers and their own choice', async ({
  portal,
  chat,
}) => {
  const redesign = await chat.openPoll(redesignPoll)
  const question = chat.app.getByRole('group', { name: 'Who should lead the redesign?' })
  await expect(question.getByRole('listitem')).toHaveCount(3)

  await expect(question.getByRole('meter')).toHaveCount(0)
  await expect(question.getByRole('listitem').nth(1)).toHaveText('OlgaYour answer')
  await expect(question).not.toContainText('%')
  await expect(chat.app.getByText(/The author hid the results/)).toBeVisible()
  await expect(chat.app.getByRole('button', { name: /Who voted/ })).toHaveCount(0)
  // The portal sent the counters all the same, as Bitrix24 does.
  const [read] = await portal.callsOf('vote.AttachedVote.get')
  expect(read?.status).toBe(200)
  expect((await portal.poll(redesign.messageId)).counter).toBe(3)
})

test('results the author hid are shown to the author', async ({ chat }) => {
  await chat.openPoll(redesignPoll, { user: CHEN })

  await expect(chat.app.getByRole('meter', { name: 'Olga' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 67%',
  )
})

test('the frame keeps following the slider’s width after it fitted its content', async ({
  page,
  chat,
}) => {
  await chat.openPoll(lunchPoll)
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible()
  const frame = page.getByTitle('Chat Poll')
  const slider = page.getByRole('dialog', { name: 'Chat Poll' })
  const widthGap = async () => {
    const [frameBox, sliderBox] = await Promise.all([
      frame.boundingBox(),
      slider.boundingBox(),
    ])
    return (sliderBox?.width ?? 0) - (frameBox?.width ?? 0)
  }
  const fitted = await widthGap()

  await page.setViewportSize({ width: 420, height: 720 })

  await expect.poll(widthGap).toBe(fitted)
})

test('a poll created over REST, a multiple selection list with answers stored as HTML, is voted in with checkboxes', async ({
  page,
  chat,
}) => {
  await recordCspViolations(page)
  // The cloud storage host stands for one this machine cannot reach: no request leaves it.
  await page
    .context()
    .route('https://cdn.bitrix24.example/**', (route) =>
      route.abort('addressunreachable'),
    )
  await chat.openPoll(toolsPoll)
  const question = chat.app.getByRole('group', {
    name: 'Which design tools should we keep?',
  })

  await expect(question.getByRole('checkbox')).toHaveCount(4)
  await chat.vote('Penpot', 'Framer')

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was counted.')
  await expect(question.getByRole('meter', { name: 'Penpot' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 50%, your answer',
  )
  await chat.app.getByRole('button', { name: 'Who voted Figma' }).click()
  const voters = chat.app.getByRole('list', { name: 'Who voted Figma' })
  await expect(voters.getByRole('listitem')).toHaveCount(3)
  // The photo kept on the portal is shown; the one on cloud storage may load (CSP allows it).
  await expect
    .poll(() =>
      voters
        .getByRole('presentation')
        .evaluateAll((images) =>
          images.map((image) => (image as HTMLImageElement).naturalWidth > 0),
        ),
    )
    .toEqual([true, false])
  expect(
    (await cspViolations(await appFrame(page))).filter(
      (report) => report.directive === 'img-src',
    ),
  ).toEqual([])
})
