import { lunchPoll } from '@chat-poll/simulated-portal/demo-polls'
import { appUrl } from './support/app-url'
import { appFrame } from './support/app-frame'
import { expect, test } from './support/fixtures'
import { internalServerError } from './support/chat-page'

test('the access and refresh tokens never reach a URL, the page the server painted, storage, the console or an error on screen', async ({
  page,
  portal,
  chat,
}) => {
  const tokens = new Set<string>()
  const urls: string[] = []
  const consoleLines: string[] = []
  page.on('console', (message) => consoleLines.push(message.text()))
  page.on('pageerror', (error) =>
    consoleLines.push(`${error.message}\n${error.stack ?? ''}`),
  )
  const servedPages: Promise<string>[] = []
  page.on('response', (response) => {
    if (
      response.url().startsWith(appUrl()) &&
      response.request().resourceType() === 'document'
    ) {
      servedPages.push(response.text())
    }
  })
  page.on('request', (request) => {
    urls.push(request.url())
    const body = request.postData() ?? ''
    if (request.url().startsWith(appUrl())) {
      // The portal's form POST that opens the app.
      const form = new URLSearchParams(body)
      for (const field of ['AUTH_ID', 'REFRESH_ID']) {
        const value = form.get(field)
        if (value) tokens.add(value)
      }
    } else if (request.url().includes('/rest/') && request.method() === 'POST') {
      const auth = new URLSearchParams(body).get('auth')
      if (auth) tokens.add(auth)
    }
  })

  await chat.openPoll(lunchPoll)
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible()
  await chat.waitForOpeningReads()
  // A renewed token, a failed call and a call that never gets through, each
  // with its error handling and messages.
  await portal.expireTokens()
  await portal.fault({
    method: 'vote.AttachedVote.recall',
    response: internalServerError,
  })
  const withdraw = chat.withdrawButton
  await withdraw.click()
  await expect(chat.app.getByRole('alert')).toContainText('Your vote wasn’t withdrawn:')
  await page.context().route('**/rest/**', (route) => route.abort('internetdisconnected'))
  await withdraw.click()
  await expect(chat.app.getByRole('alert')).toContainText('reach Bitrix24 to confirm', {
    timeout: 20_000,
  })

  // The first token, the renewed one and the refresh tokens of both.
  expect(tokens.size).toBeGreaterThanOrEqual(3)
  const frame = await appFrame(page)
  const stored = await frame.evaluate(() =>
    JSON.stringify({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      cookie: document.cookie,
    }),
  )
  const cookies = JSON.stringify(await page.context().cookies())
  const onScreen = await frame.evaluate(() => document.documentElement.outerHTML)
  // The app's server read the poll with the posted token and painted it in.
  const served = (await Promise.all(servedPages)).join('\n')
  expect(served).toContain('Sushi bar')
  const places = {
    'the page the app’s server sent': served,
    'the app frame URL': frame.url(),
    'a request URL': urls.join('\n'),
    storage: stored,
    cookies,
    'the console': consoleLines.join('\n'),
    'the screen': onScreen,
  }
  for (const token of tokens) {
    for (const [place, text] of Object.entries(places)) {
      expect(text.includes(token), `a token in ${place}`).toBe(false)
    }
  }
})
