import type { Frame, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

/**
 * The portal's side of the postMessage protocol, driven from inside the
 * app's frame the way the SDK drives it.
 */

function appFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.name().includes('|'))
  if (!frame) throw new Error('The app frame is not open')
  return frame
}

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

function sid(frame: Frame): string {
  return frame.name().split('|')[2] ?? ''
}

test.beforeEach(async ({ page, portal, chat }) => {
  await page.goto(portal.chatUrl({ open: '1002' }))
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible()
  // Who voted fills in after the poll shows; the app fits its frame to it.
  await expect(
    chat.app.getByRole('button', { name: 'Who voted Sushi bar You, Chen' }),
  ).toBeVisible()
})

test('setTitle changes the slider’s title and echoes its params', async ({ page }) => {
  const frame = appFrame(page)

  const replies = await send(
    frame,
    [`setTitle:{"title":"Lunch: results"}:t1:${sid(frame)}`],
    't1',
  )

  expect(replies).toContain('t1:{"title":"Lunch: results"}')
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(
    'Lunch: results',
  )
})

test('resizeWindow resizes the frame and answers with its new size', async ({ page }) => {
  const frame = appFrame(page)

  const replies = await send(
    frame,
    [`resizeWindow:{"width":"100%","height":777}:r1:${sid(frame)}`],
    'r1',
  )

  expect(replies.find((reply) => reply.startsWith('r1:'))).toMatch(
    /^r1:\{"width":\d+,"height":777\}$/,
  )
  await expect(page.getByTitle('Chat Poll')).toHaveCSS('height', '777px')
})

test('unknown commands, namespaced ones and other app sessions get no reply', async ({
  page,
}) => {
  const frame = appFrame(page)
  const appSid = sid(frame)

  const replies = await send(
    frame,
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

test('closeApplication closes the slider', async ({ page }) => {
  const frame = appFrame(page)

  await frame.evaluate((appSid) => {
    const [host = ''] = window.name.split('|')
    window.parent.postMessage(`closeApplication:c1:${appSid}`, `http://${host}`)
  }, sid(frame))

  await expect(page.getByRole('dialog')).toHaveCount(0)
})
