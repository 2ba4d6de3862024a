import { CROWD_CHAT, CROWD_USER_IDS } from '@chat-poll/simulated-portal'
import {
  ANNA,
  EMIL,
  lunchPoll,
  lunchQuestion,
  snackPoll,
} from '@chat-poll/simulated-portal/demo-polls'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './support/fixtures'

test('in a public poll each answer’s row names who chose it, "You" first, and the whole list opens on demand', async ({
  page,
  portal,
  chat,
}) => {
  await chat.openPoll(lunchPoll)
  const whoVoted = chat.app.getByRole('button', { name: 'Who voted Sushi bar You, Chen' })
  await expect(whoVoted).toHaveAttribute('aria-expanded', 'false')
  await expect(
    chat.app.getByRole('button', { name: /^Who voted Burger joint/ }),
  ).toHaveCount(0)
  // One read names the first voters of every answer; the lists wait to be opened.
  expect(await portal.callsOf('vote.AttachedVote.getWithVoted')).toHaveLength(1)
  expect(await portal.callsOf('vote.AttachedVote.getAnswerVoted')).toHaveLength(0)

  await whoVoted.click()

  const panel = chat.app.getByRole('group', { name: '2\u00a0people chose this answer' })
  const voters = panel.getByRole('list', { name: 'Who voted Sushi bar' })
  await expect(voters.getByRole('listitem')).toHaveText([/^You/, /Chen Wei/])
  await expect(whoVoted).toHaveAttribute('aria-expanded', 'true')
  await expectNoAxeViolations(page)
  expect(await portal.callsOf('vote.AttachedVote.getAnswerVoted')).toHaveLength(1)

  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  await expect(whoVoted).toBeFocused()
})

test('the rows keep room for who voted from the first paint, so nothing moves under the pointer when the names arrive', async ({
  portal,
  chat,
}) => {
  await portal.fault({ method: 'vote.AttachedVote.getWithVoted', hold: true })
  await chat.openPoll(lunchPoll)
  await chat.waitForAppToTakeOver()
  const before = await chat.withdrawButton.boundingBox()

  await portal.releaseHeldCalls()

  await expect(
    chat.app.getByRole('button', { name: 'Who voted Sushi bar You, Chen' }),
  ).toBeVisible()
  expect(await chat.withdrawButton.boundingBox()).toEqual(before)
})

test.describe('in a chat of 120 people', () => {
  test.use({ portalSetup: { scenario: 'crowd' } })

  test('voters come 50 at a time, and more on request', async ({
    page,
    portal,
    chat,
  }) => {
    // 90 of the 120 chose "Yes".
    await chat.openPoll({
      chat: CROWD_CHAT,
      authorId: ANNA,
      questions: [{ text: 'Keep the Friday demo?', answers: ['Yes', 'No'] }],
      ballots: Object.fromEntries(
        CROWD_USER_IDS.map((id, index) => [id, [[index % 4 === 0 ? 'No' : 'Yes']]]),
      ),
    })

    await chat.app.getByRole('button', { name: /^Who voted Yes .* \+88$/ }).click()
    const panel = chat.app.getByRole('group', {
      name: '90\u00a0people chose this answer',
    })
    const voters = panel.getByRole('list', { name: 'Who voted Yes' })
    await expect(voters.getByRole('listitem')).toHaveCount(50)
    await panel.getByRole('button', { name: 'Show more voters' }).click()

    await expect(voters.getByRole('listitem')).toHaveCount(90)
    await expect(panel.getByRole('button', { name: 'Show more voters' })).toHaveCount(0)
    expect(await portal.callsOf('vote.AttachedVote.getAnswerVoted')).toHaveLength(2)
    // However many voted, the list scrolls within the poll rather than stretching it.
    expect((await panel.boundingBox())?.height).toBeLessThan(400)
    await expectNoAxeViolations(page)

    await panel.getByRole('button', { name: 'Hide voters' }).click()
    await expect(panel).toHaveCount(0)
  })
})

test('an anonymous poll never shows nor asks who voted', async ({ portal, chat }) => {
  await chat.openPoll(snackPoll)
  await chat.vote('Chocolate')
  await expect(chat.app.getByRole('meter', { name: 'Chocolate' })).toBeVisible()

  await expect(chat.app.getByRole('button', { name: /Who voted/ })).toHaveCount(0)
  expect(await portal.callsOf('vote.AttachedVote.getWithVoted')).toHaveLength(0)
  expect(await portal.callsOf('vote.AttachedVote.getAnswerVoted')).toHaveLength(0)
})

test('coming back to the app after half a minute shows the votes cast meanwhile', async ({
  page,
  portal,
  chat,
}) => {
  await page.clock.install()
  const lunch = await chat.openPoll(lunchPoll)
  const question = chat.app.getByRole('group', { name: lunchQuestion })
  const burger = question.getByRole('meter', { name: 'Burger joint' })
  await expect(burger).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')
  await chat.waitForOpeningReads()
  const leaveAndComeBack = async () => {
    await page.getByText('simulated portal').click()
    await question.getByRole('heading').click()
  }

  await portal.voteAs(EMIL, lunch, ['Burger joint'])
  await leaveAndComeBack()
  await expect(burger).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')
  expect(await portal.callsOf('vote.AttachedVote.get')).toHaveLength(1)

  await page.clock.fastForward(31_000)
  await leaveAndComeBack()

  await expect(burger).toHaveAttribute('aria-valuetext', '1\u00a0vote, 20%')
  expect(await portal.callsOf('vote.AttachedVote.get')).toHaveLength(2)
})
