import { CROWD_CHAT, CROWD_USER_IDS } from '@chat-poll/simulated-portal'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { ANNA, EMIL, lunchPoll, lunchQuestion, snackPoll } from './support/polls'

test('in a public poll, who chose an answer is shown on demand', async ({
  page,
  portal,
  chat,
}) => {
  await page.goto(portal.chatPollUrl(await portal.createPoll(lunchPoll)))
  const whoVoted = chat.app.getByRole('button', { name: 'Who voted Sushi bar' })
  await expect(whoVoted).toHaveAttribute('aria-expanded', 'false')
  await expect(
    chat.app.getByRole('button', { name: 'Who voted Burger joint' }),
  ).toHaveCount(0)
  expect(await portal.callsOf('vote.AttachedVote.getAnswerVoted')).toHaveLength(0)

  await whoVoted.click()

  const voters = chat.app.getByRole('list', { name: 'Who voted Sushi bar' })
  await expect(voters.getByRole('listitem')).toHaveCount(2)
  await expect(voters).toContainText('Anna Petrova')
  await expect(voters).toContainText('Chen Wei')
  await expect(whoVoted).toHaveAttribute('aria-expanded', 'true')
  await expectNoAxeViolations(page)
  const calls = await portal.callsOf('vote.AttachedVote.getAnswerVoted')
  expect(calls).toHaveLength(1)
})

test.describe('in a chat of 120 people', () => {
  test.use({ portalSetup: { scenario: 'crowd' } })

  test('voters come 50 at a time, and more on request', async ({
    page,
    portal,
    chat,
  }) => {
    // 90 of the 120 chose "Yes".
    const allHands = await portal.createPoll({
      chat: CROWD_CHAT,
      authorId: ANNA,
      questions: [{ text: 'Keep the Friday demo?', answers: ['Yes', 'No'] }],
      ballots: Object.fromEntries(
        CROWD_USER_IDS.map((id, index) => [id, [[index % 4 === 0 ? 'No' : 'Yes']]]),
      ),
    })
    await page.goto(portal.chatPollUrl(allHands))

    await chat.app.getByRole('button', { name: 'Who voted Yes' }).click()
    const voters = chat.app.getByRole('list', { name: 'Who voted Yes' })
    await expect(voters.getByRole('listitem')).toHaveCount(50)
    await chat.app.getByRole('button', { name: 'Show more voters' }).click()

    await expect(voters.getByRole('listitem')).toHaveCount(90)
    await expect(chat.app.getByRole('button', { name: 'Show more voters' })).toHaveCount(
      0,
    )
    expect(await portal.callsOf('vote.AttachedVote.getAnswerVoted')).toHaveLength(2)
    await expectNoAxeViolations(page)
  })
})

test('an anonymous poll never shows nor asks who voted', async ({
  page,
  portal,
  chat,
}) => {
  await page.goto(portal.chatPollUrl(await portal.createPoll(snackPoll)))
  await expect(chat.app.getByRole('meter', { name: 'Chocolate' })).toBeVisible()

  await expect(chat.app.getByRole('button', { name: /Who voted/ })).toHaveCount(0)
  expect(await portal.callsOf('vote.AttachedVote.getAnswerVoted')).toHaveLength(0)
})

test('coming back to the app after half a minute shows the votes cast meanwhile', async ({
  page,
  portal,
  chat,
}) => {
  await page.clock.install()
  const lunch = await portal.createPoll(lunchPoll)
  await page.goto(portal.chatPollUrl(lunch))
  const question = chat.app.getByRole('group', { name: lunchQuestion })
  const burger = question.getByRole('meter', { name: 'Burger joint' })
  await expect(burger).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')
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
