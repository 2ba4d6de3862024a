import { expect, test } from './support/fixtures'

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
  // Dana (user 4) has not voted in the release poll, which allows no changes.
  let firstAttempt = true
  await page.context().route('**/rest/vote.AttachedVote.vote**', async (route) => {
    if (!firstAttempt) return route.continue()
    firstAttempt = false
    await route.fetch()
    return route.abort('connectionreset')
  })
  await page.goto(portal.chatUrl({ open: '1004', user: '4' }))

  await chat.app.getByRole('radio', { name: 'Not sure' }).check()
  await chat.app.getByRole('button', { name: 'Vote', exact: true }).click()

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was counted.', {
    // The SDK waits about a second before it resends.
    timeout: 15_000,
  })
  await expect(chat.app.getByRole('alert')).toHaveCount(0)
  await expect(chat.app.getByRole('meter', { name: 'Not sure' })).toHaveAttribute(
    'aria-valuetext',
    '1 vote, 25%, your answer',
  )
  const votes = await portal.callsOf('vote.AttachedVote.vote')
  expect(votes.map((call) => call.status)).toEqual([200, 200])
  expect(Object.keys((await portal.poll(1004)).ballots)).toContain('4')
})

test('while a withdrawal is on its way, nothing else can be sent', async ({
  page,
  portal,
  chat,
}) => {
  await page.goto(portal.chatUrl({ open: '1002' }))
  const change = chat.app.getByRole('button', { name: 'Change my vote' })
  await expect(change).toBeEnabled()
  await portal.fault({ method: 'vote.AttachedVote.recall', hold: true })

  await chat.app.getByRole('button', { name: 'Withdraw my vote' }).click()

  await expect(change).toBeDisabled()
  await change.dispatchEvent('click')
  await expect(chat.app.getByRole('radio')).toHaveCount(0)
  await portal.releaseHeldCalls()
  await expect(chat.app.getByRole('status')).toHaveText('Your vote was withdrawn.')
  expect((await portal.calls()).map((call) => call.method)).toEqual([
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
  await page.goto(portal.chatUrl({ open: '1002' }))
  const withdraw = chat.app.getByRole('button', { name: 'Withdraw my vote' })
  await expect(withdraw).toBeEnabled()
  await portal.fault({ method: 'vote.AttachedVote.recall', hang: true })

  await withdraw.click()
  await expect(withdraw).toHaveAttribute('aria-busy', 'true')
  await page.clock.fastForward(15_000)

  await expect(chat.app.getByRole('alert')).toContainText(
    'Bitrix24 could not be reached to confirm whether your vote was withdrawn.',
  )
  // The outcome is settled by a fresh read: the recall never ran, the vote stays.
  await expect(withdraw).toHaveAttribute('aria-busy', 'false')
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toHaveAttribute(
    'aria-valuetext',
    '2 votes, 50%, your answer',
  )
  expect((await portal.callsOf('vote.AttachedVote.get')).length).toBeGreaterThanOrEqual(2)
})
