import { expect, test } from './support/fixtures'

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
  // One call at once, then one every two seconds: longer than the app takes to open.
  await portal.setRateLimit({ burst: 1, drainPerSecond: 0.5 })
  // Someone else's call fills the bucket just before the app opens.
  await portal.rest(1, 'app.info')

  await page.goto(portal.chatUrl({ open: '1002' }))

  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible()
  const reads = (await portal.callsOf('vote.AttachedVote.get')).map((call) => [
    call.status,
    call.error,
  ])
  expect(reads[0]).toEqual([503, 'QUERY_LIMIT_EXCEEDED'])
  expect(reads.at(-1)).toEqual([200, undefined])
  expect(reads.slice(1, -1)).toEqual(
    reads.slice(1, -1).map(() => [503, 'QUERY_LIMIT_EXCEEDED']),
  )
})
