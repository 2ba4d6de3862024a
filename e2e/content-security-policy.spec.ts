import { lunchPoll } from '@chat-poll/simulated-portal/demo-polls'
import { appUrl } from './support/app-url'
import { appFrame, cspViolations, recordCspViolations } from './support/app-frame'
import { expect, test } from './support/fixtures'

test('the app runs its whole flow under its Content-Security-Policy without a violation', async ({
  page,
  portal,
  chat,
}) => {
  await recordCspViolations(page)
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  const appPage = page.waitForResponse((response) => response.url().startsWith(appUrl()))

  await chat.openPoll(lunchPoll)
  const policy = (await (await appPage).allHeaders())['content-security-policy'] ?? ''
  await chat.withdrawVote()

  const portalOrigin = new URL(portal.chatUrl()).origin
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain(`connect-src ${portalOrigin}`)
  expect(policy).toContain(`frame-ancestors ${portalOrigin}`)
  expect(policy).not.toContain('unsafe-inline')
  expect(await cspViolations(await appFrame(page))).toEqual([])
  // Plain-text polls never fetch the HTML sanitiser.
  expect(requested.filter((url) => url.includes('/assets/sanitizer-'))).toEqual([])
})

test('a page that is not the portal cannot frame the app', async ({ page }) => {
  await page.goto(appUrl())
  await page.evaluate((url) => {
    const frame = document.createElement('iframe')
    frame.title = 'Framed elsewhere'
    frame.src = url
    document.body.append(frame)
  }, appUrl())

  await expect
    .poll(() => page.frames().map((frame) => frame.url()))
    .toContain('chrome-error://chromewebdata/')
})
