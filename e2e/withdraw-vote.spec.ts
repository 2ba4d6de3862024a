import { expect, test } from './support/fixtures'
import { pollCalls } from './support/poll-calls'

const lunchPoll = 'Where shall we have the team lunch on Friday?'

test('a voter sees their answer marked, withdraws it, and sees the count the portal returned', async ({
  page,
  portal,
  chat,
}) => {
  await page.goto(portal.chatUrl())
  await chat.openChat('General')
  await chat.openAppFromMessage(lunchPoll)

  const question = chat.app.getByRole('group', { name: lunchPoll })
  const sushi = question.getByRole('meter', { name: 'Sushi bar' })
  const burger = question.getByRole('meter', { name: 'Burger joint' })
  await expect(sushi).toHaveAttribute('aria-valuetext', '2 votes, 50%, your answer')
  await expect(sushi).toContainText('Your answer')
  await expect(burger).toHaveAttribute('aria-valuetext', '0 votes, 0%')

  // Two others vote while the app is open: only the count taken from the
  // recall response can show them.
  await portal.voteAs(5, 1002, ['Burger joint'])
  await portal.voteAs(7, 1002, ['Burger joint'])
  await chat.app.getByRole('button', { name: 'Withdraw my vote' }).click()

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was withdrawn.')
  await expect(chat.app.getByText(/· 5 people voted ·/)).toBeVisible()
  // Not voted any more: the answers to choose from, their results once Anna votes.
  await expect(question.getByRole('radio', { name: 'Sushi bar' })).not.toBeChecked()
  await expect(question.getByRole('meter')).toHaveCount(0)
  await expect(chat.app.getByText('Your answer')).toHaveCount(0)
  await expect(chat.app.getByRole('button', { name: 'Withdraw my vote' })).toHaveCount(0)

  expect(await pollCalls(portal)).toEqual([
    'vote.AttachedVote.get',
    'vote.AttachedVote.recall',
  ])
  const stored = await portal.poll(1002)
  expect(stored.ballots['1']).toBeUndefined()
  expect(stored.counter).toBe(5)
})

test('a double click on a slow withdrawal sends a single recall', async ({
  page,
  portal,
  chat,
}) => {
  await portal.fault({ method: 'vote.AttachedVote.recall', hold: true })
  await page.goto(portal.chatUrl({ open: '1002' }))
  const withdraw = chat.app.getByRole('button', { name: 'Withdraw my vote' })

  await withdraw.dblclick()

  await expect(withdraw).toHaveAttribute('aria-busy', 'true')
  await expect(withdraw).toBeDisabled()
  await portal.releaseHeldCalls()
  await expect(chat.app.getByRole('status')).toHaveText('Your vote was withdrawn.')
  const recalls = await portal.callsOf('vote.AttachedVote.recall')
  expect(recalls).toHaveLength(1)
  expect(recalls[0]?.params.actionUuid).toEqual(expect.any(String))
  expect((await portal.poll(1002)).counter).toBe(3)
})
