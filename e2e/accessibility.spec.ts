import type { Locator } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './support/fixtures'

/** How far the app's page scrolls sideways: 0 when everything fits. */
function sidewaysOverflow(insideApp: Locator) {
  return insideApp.evaluate((element) => {
    const root = element.ownerDocument.documentElement
    return root.scrollWidth - root.clientWidth
  })
}

test('the whole flow works by keyboard alone: vote, withdraw, undo', async ({
  page,
  portal,
  chat,
}) => {
  await page.goto(portal.chatUrl({ open: '1006' }))
  const chocolate = chat.app.getByRole('radio', { name: 'Chocolate' })
  const heading = chat.app.getByRole('heading', { name: 'Poll', level: 1 })
  await expect(chocolate).toBeVisible()

  // From wherever the portal left focus, Tab reaches the ballot.
  await expect(async () => {
    await page.keyboard.press('Tab')
    await expect(chocolate).toBeFocused({ timeout: 50 })
  }).toPass()
  await page.keyboard.press('ArrowDown')
  await expect(chat.app.getByRole('radio', { name: 'Nuts' })).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(chat.app.getByRole('button', { name: 'Vote' })).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was counted.')
  await expect(heading).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(chat.app.getByRole('button', { name: 'Change my vote' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(chat.app.getByRole('button', { name: 'Withdraw my vote' })).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was withdrawn.')
  // Undo takes the keyboard, and its seconds stand still while it has it.
  const undo = chat.app.getByRole('button', { name: 'Undo' })
  await expect(undo).toBeFocused()
  await expect(undo).toHaveAccessibleDescription('10\u00a0seconds left to undo')
  await page.keyboard.press('Enter')

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was restored.')
  await expect(heading).toBeFocused()
  await expect(chat.app.getByRole('meter', { name: 'Nuts' })).toHaveAttribute(
    'aria-valuetext',
    '2 votes, 67%, your answer',
  )
})

test.describe('on a 320 px wide slider in the dark scheme', () => {
  test.use({ viewport: { width: 352, height: 700 }, colorScheme: 'dark' })

  for (const [state, messageId] of [
    ['results', '1002'],
    ['ballot', '1006'],
    ['circle diagram', '1005'],
  ] as const) {
    test(`the ${state} view fits without sideways scrolling and keeps its contrast`, async ({
      page,
      portal,
      chat,
    }) => {
      await page.goto(portal.chatUrl({ open: messageId }))
      const main = chat.app.getByRole('main')
      // Before voting a member sees the answers as choices, without results.
      await expect(
        chat.app.getByRole(state === 'ballot' ? 'radio' : 'meter').first(),
      ).toBeVisible()

      expect((await main.boundingBox())?.width).toBeLessThanOrEqual(320)
      expect(await sidewaysOverflow(main)).toBe(0)
      await expectNoAxeViolations(page)
    })
  }
})

test('the circle diagram keeps every answer as a meter', async ({
  page,
  portal,
  chat,
}) => {
  await page.goto(portal.chatUrl({ open: '1005' }))
  const question = chat.app.getByRole('group', {
    name: 'What should next quarter focus on?',
  })

  await expect(question.getByRole('meter')).toHaveCount(3)
  await expect(question.getByRole('meter', { name: 'Performance' })).toHaveAttribute(
    'aria-valuetext',
    '1 vote, 33%',
  )
  await expectNoAxeViolations(page)
})

test('with reduced motion nothing moves', async ({ page, portal, chat }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(portal.chatUrl({ open: '1002' }))
  await chat.app.getByRole('button', { name: 'Withdraw my vote' }).click()
  const undo = chat.app.getByRole('button', { name: 'Undo' })
  await expect(undo).toBeVisible()

  const running = await undo.evaluate(
    (element) =>
      element.ownerDocument
        .getAnimations()
        .filter((animation) => animation.playState === 'running').length,
  )
  expect(running).toBe(0)
})
