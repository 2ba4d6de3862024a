import { appUrl } from './support/app-url'
import { appFrame } from './support/app-frame'
import { expect, test } from './support/fixtures'
import { internalServerError } from './support/portal-session'

test('the access and refresh tokens never reach a URL, storage, the console or an error on screen', async ({
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
      const auth = (JSON.parse(body || '{}') as { auth?: unknown }).auth
      if (typeof auth === 'string') tokens.add(auth)
    }
  })

  await page.goto(portal.chatUrl({ open: '1002' }))
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible()
  // A renewed token, a failed call and a call that never gets through, each
  // with its error handling and messages.
  await portal.expireTokens()
  await portal.fault({
    method: 'vote.AttachedVote.recall',
    response: internalServerError,
  })
  const withdraw = chat.app.getByRole('button', { name: 'Withdraw my vote' })
  await withdraw.click()
  await expect(chat.app.getByRole('alert')).toContainText('Your vote was not withdrawn:')
  await page.context().route('**/rest/**', (route) => route.abort('internetdisconnected'))
  await withdraw.click()
  await expect(chat.app.getByRole('alert')).toContainText(
    'could not be reached to confirm',
    { timeout: 20_000 },
  )

  // The first token, the renewed one and the refresh tokens of both.
  expect(tokens.size).toBeGreaterThanOrEqual(3)
  const frame = appFrame(page)
  const stored = await frame.evaluate(() =>
    JSON.stringify({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      cookie: document.cookie,
    }),
  )
  const cookies = JSON.stringify(await page.context().cookies())
  const onScreen = await frame.evaluate(() => document.documentElement.outerHTML)
  const places = {
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
