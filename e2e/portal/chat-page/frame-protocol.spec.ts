import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test as base, expect, type Frame } from '@playwright/test'
import { PortalClient } from '../client/portal-client'
import { startPortalWithApp, type StartApp } from '../start-both'

/**
 * The portal's side of the postMessage protocol in a real browser, driven
 * from inside the app's frame the way the SDK drives it. The app is a bare
 * page of its own: these are the portal's rules, whatever app it frames.
 */

const APP_TEXT = 'A bare app'

/** A page on its own origin that answers GET and the portal's form POST alike. */
const startBareApp: StartApp = async ({ host }) => {
  const server = createServer((request, response) => {
    request.resume()
    request.once('end', () => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end(`<!doctype html><title>App</title><p>${APP_TEXT}</p>`)
    })
  })
  await new Promise<void>((done) => server.listen(0, host, done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => {
          done()
        })
        server.closeAllConnections()
      }),
  }
}

let running: Awaited<ReturnType<typeof startPortalWithApp>> | undefined

base.beforeAll(async () => {
  running = await startPortalWithApp({ startApp: startBareApp })
})

base.afterAll(async () => {
  await running?.close()
})

/** The app opened from the application list of a session of its own, its page in the slider. */
const test = base.extend<{ appFrame: Frame }>({
  appFrame: async ({ page }, use) => {
    if (!running) throw new Error('The portal did not start')
    const session = await new PortalClient(running.portal.url).createSession({
      scenario: 'people',
    })
    await page.goto(session.chatUrl({ placement: 'DEFAULT', options: '[]' }))
    await expect(
      page.getByTitle('Chat Poll').contentFrame().getByText(APP_TEXT),
    ).toBeVisible()
    const appOrigin = new URL(running.app.url).origin
    const frame = page.frame({ url: (url) => url.origin === appOrigin })
    if (!frame) throw new Error('The app frame is not open')
    await use(frame)
    await session.close()
  },
})

/** Sends raw commands to the parent and collects every reply until `replyTo`’s. */
async function send(
  frame: Frame,
  messages: unknown[],
  replyTo: string,
): Promise<string[]> {
  return frame.evaluate(
    async ({ messages, replyTo }) => {
      const [host = '', protocol = '0'] = window.name.split('|')
      const parentOrigin = `${protocol === '1' ? 'https' : 'http'}://${host}`
      const replies: string[] = []
      const done = new Promise<void>((resolve) => {
        window.addEventListener('message', (event: MessageEvent) => {
          if (typeof event.data !== 'string') return
          replies.push(event.data)
          if (event.data.startsWith(`${replyTo}:`)) resolve()
        })
      })
      for (const message of messages) window.parent.postMessage(message, parentOrigin)
      await done
      return replies
    },
    { messages, replyTo },
  )
}

/** The APP_SID the portal gave the frame: the last part of its name. */
function sid(frame: Frame): string {
  return frame.name().split('|')[2] ?? ''
}

test('setTitle changes the slider’s title and echoes its params', async ({
  page,
  appFrame,
}) => {
  const replies = await send(
    appFrame,
    [`setTitle:{"title":"Lunch: results"}:t1:${sid(appFrame)}`],
    't1',
  )

  expect(replies).toContain('t1:{"title":"Lunch: results"}')
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(
    'Lunch: results',
  )
})

test('resizeWindow resizes the frame and answers with its new size', async ({
  page,
  appFrame,
}) => {
  const replies = await send(
    appFrame,
    [`resizeWindow:{"width":"100%","height":777}:r1:${sid(appFrame)}`],
    'r1',
  )

  expect(replies.find((reply) => reply.startsWith('r1:'))).toMatch(
    /^r1:\{"width":\d+,"height":777\}$/,
  )
  await expect(page.getByTitle('Chat Poll')).toHaveCSS('height', '777px')
})

test('unknown commands, namespaced ones and other app sessions get no reply', async ({
  appFrame,
}) => {
  const appSid = sid(appFrame)

  const replies = await send(
    appFrame,
    [
      `selectCRM:{"entityType":["deal"]}:u1:${appSid}`,
      { method: 'im:setTextareaContent', params: { text: 'hi' }, callback: 'u2', appSid },
      `setTitle:{"title":"x"}:u3:another-app`,
      `setTitle:{"title":"Last"}:t1:${appSid}`,
    ],
    't1',
  )

  expect(replies.filter((reply) => /^u\d:/.test(reply))).toEqual([])
})

test('closeApplication closes the slider', async ({ page, appFrame }) => {
  await appFrame.evaluate((appSid) => {
    const [host = ''] = window.name.split('|')
    window.parent.postMessage(`closeApplication:c1:${appSid}`, `http://${host}`)
  }, sid(appFrame))

  await expect(page.getByRole('dialog')).toHaveCount(0)
})
