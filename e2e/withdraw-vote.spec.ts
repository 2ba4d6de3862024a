import { expect, test } from './support/fixtures'

const lunchPoll = 'Where shall we have the team lunch on Friday?'

test('a voter sees their answer marked, withdraws it, and sees the counters the portal returned', async ({
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

  // Someone else votes while the app is open: only counters taken from the
  // recall response can show it.
  await portal.voteAs(5, 1002, ['Burger joint'])
  await chat.app.getByRole('button', { name: 'Withdraw my vote' }).click()

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was withdrawn.')
  await expect(sushi).toHaveAttribute('aria-valuetext', '1 vote, 25%')
  await expect(sushi).toHaveAttribute('aria-valuenow', '1')
  await expect(sushi).toHaveAttribute('aria-valuemax', '4')
  await expect(burger).toHaveAttribute('aria-valuetext', '1 vote, 25%')
  await expect(chat.app.getByText('Your answer')).toHaveCount(0)
  await expect(chat.app.getByRole('button', { name: 'Withdraw my vote' })).toHaveCount(0)
  await expect(chat.app.getByText('You haven’t voted in this poll.')).toBeVisible()

  expect((await portal.calls()).map((call) => call.method)).toEqual([
    'vote.AttachedVote.get',
    'vote.AttachedVote.recall',
  ])
  const stored = await portal.poll(1002)
  expect(stored.ballots['1']).toBeUndefined()
  expect(stored.counter).toBe(4)
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
  await portal.releaseHeldCalls('vote.AttachedVote.recall')
  await expect(chat.app.getByRole('status')).toHaveText('Your vote was withdrawn.')
  const recalls = await portal.callsOf('vote.AttachedVote.recall')
  expect(recalls).toHaveLength(1)
  expect(recalls[0]?.params.actionUuid).toEqual(expect.any(String))
  expect((await portal.poll(1002)).counter).toBe(3)
})
