import {
  ANNA,
  EMIL,
  HANA,
  lunchPoll,
  lunchQuestion,
} from '@chat-poll/simulated-portal/demo-polls'
import { expect, test } from './support/fixtures'
import { pollCalls } from './support/poll-calls'

test('a voter sees their answer marked, withdraws it, and sees the count the portal returned', async ({
  portal,
  chat,
}) => {
  const lunch = await portal.createPoll(lunchPoll)
  await chat.open()
  await chat.openChat('General')
  await chat.openAppFromMessage(lunchQuestion)

  const question = chat.app.getByRole('group', { name: lunchQuestion })
  const sushi = question.getByRole('meter', { name: 'Sushi bar' })
  const burger = question.getByRole('meter', { name: 'Burger joint' })
  await expect(sushi).toHaveAttribute('aria-valuetext', '2\u00a0votes, 50%, your answer')
  await expect(sushi).toContainText('Your answer')
  await expect(burger).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')
  await chat.waitForOpeningReads()

  // Two others vote while the app is open: only the count taken from the
  // recall response can show them.
  await portal.voteAs(EMIL, lunch, ['Burger joint'])
  await portal.voteAs(HANA, lunch, ['Burger joint'])
  await chat.withdrawVote()

  await expect(chat.app.getByText(/· 5\u00a0people voted\b/)).toBeVisible()
  // The results stay, from the recall's answer, with the way to vote again.
  await expect(burger).toHaveAttribute('aria-valuetext', /^2\u00a0votes, /)
  await expect(sushi).toHaveAttribute('aria-valuetext', /^1\u00a0vote, /)
  await expect(chat.app.getByRole('button', { name: 'Vote again' })).toBeVisible()
  await expect(chat.app.getByText('Your answer')).toHaveCount(0)
  await expect(chat.withdrawButton).toHaveCount(0)

  expect(await pollCalls(portal)).toEqual([
    'vote.AttachedVote.get',
    'vote.AttachedVote.recall',
  ])
  const stored = await portal.poll(lunch.messageId)
  expect(stored.ballots[ANNA]).toBeUndefined()
  expect(stored.counter).toBe(5)
})
