import { expect, test } from './support/fixtures'

// The app reading the poll itself, as on a page a file server sends: the
// rate limit below meets its own first read. token-safety.spec.ts renews a
// token on the page the server painted.
test.use({ appHosting: 'static' })

test('a token that expires mid-session is renewed through the portal and the withdrawal goes through', async ({
  page,
  portal,
  chat,
}) => {
  await page.goto(portal.chatUrl({ open: '1002' }))
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible()

  await portal.expireTokens()
  await chat.app.getByRole('button', { name: 'Withdraw my vote' }).click()

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was withdrawn.')
  const recalls = await portal.callsOf('vote.AttachedVote.recall')
  expect(recalls.map((call) => [call.status, call.error])).toEqual([
    [401, 'expired_token'],
    [200, undefined],
  ])
  expect((await portal.poll(1002)).ballots['1']).toBeUndefined()
})

test('when the portal’s rate limit refuses the first request, the SDK waits and the poll still shows', async ({
  page,
  portal,
  chat,
}) => {
  // One call at once, then one a second: the SDK's first wait (about 1.5 s)
  // is long enough for the bucket to drain, however slow the machine is.
  await portal.setRateLimit({ burst: 1, drainPerSecond: 1 })
  // Other apps' calls have filled the bucket just as the app's first read arrives.
  await portal.fault({ method: 'vote.AttachedVote.get', fillRateLimit: true })

  await page.goto(portal.chatUrl({ open: '1002' }))

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
