import { expect, test } from './support/fixtures'
import { ANNA, EMIL, lunchPoll, lunchQuestion } from './support/polls'

test('a voter sees their answer marked, withdraws it, and sees the counters the portal returned', async ({
  page,
  portal,
  chat,
}) => {
  const lunch = await portal.createPoll(lunchPoll)
  await page.goto(portal.chatUrl())
  await chat.openChat('General')
  await chat.openAppFromMessage(lunchQuestion)

  const question = chat.app.getByRole('group', { name: lunchQuestion })
  const sushi = question.getByRole('meter', { name: 'Sushi bar' })
  const burger = question.getByRole('meter', { name: 'Burger joint' })
  await expect(sushi).toHaveAttribute('aria-valuetext', '2\u00a0votes, 50%, your answer')
  await expect(sushi).toContainText('Your answer')
  await expect(burger).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')

  // Someone else votes while the app is open: only counters taken from the
  // recall response can show it.
  await portal.voteAs(EMIL, lunch, ['Burger joint'])
  await chat.app.getByRole('button', { name: 'Withdraw vote' }).click()

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was withdrawn.')
  await expect(sushi).toHaveAttribute('aria-valuetext', '1\u00a0vote, 25%')
  await expect(sushi).toHaveAttribute('aria-valuenow', '1')
  await expect(sushi).toHaveAttribute('aria-valuemax', '4')
  await expect(burger).toHaveAttribute('aria-valuetext', '1\u00a0vote, 25%')
  await expect(chat.app.getByText('Your answer')).toHaveCount(0)
  await expect(chat.app.getByRole('button', { name: 'Withdraw vote' })).toHaveCount(0)
  await expect(chat.app.getByText('You haven’t voted in this poll.')).toBeVisible()

  expect((await portal.calls()).map((call) => call.method)).toEqual([
    'vote.AttachedVote.get',
    'vote.AttachedVote.recall',
  ])
  const stored = await portal.poll(lunch.messageId)
  expect(stored.ballots[ANNA]).toBeUndefined()
  expect(stored.counter).toBe(4)
})
