import type { Locator } from '@playwright/test'
import { lunchPoll, quarterPoll, snackPoll } from '@chat-poll/simulated-portal/demo-polls'
import { appFrame } from './support/app-frame'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { LIGHT_SURFACE, pageColours } from './support/page-colours'

/** How far the app's page scrolls sideways: 0 when everything fits. */
function sidewaysOverflow(insideApp: Locator) {
  return insideApp.evaluate((element) => {
    const root = element.ownerDocument.documentElement
    return root.scrollWidth - root.clientWidth
  })
}

test('the whole flow works by keyboard alone: vote, withdraw, undo', async ({
  page,
  chat,
}) => {
  await chat.openPoll(snackPoll)
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
  await expect(chat.app.getByRole('button', { name: 'Change vote' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(chat.withdrawButton).toBeFocused()
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
    '2\u00a0votes, 67%, your answer',
  )
})

test.describe('on a 320 px wide slider, with the system in dark mode', () => {
  test.use({ viewport: { width: 352, height: 700 }, colorScheme: 'dark' })

  for (const [state, poll] of [
    ['results', lunchPoll],
    ['ballot', snackPoll],
    ['circle diagram', quarterPoll],
  ] as const) {
    test(`the ${state} view fits without sideways scrolling, light like Bitrix24, and keeps its contrast`, async ({
      page,
      chat,
    }) => {
      await chat.openPoll(poll)
      const main = chat.app.getByRole('main')
      // Before voting a member sees the answers as choices, without results.
      await expect(
        chat.app.getByRole(state === 'ballot' ? 'radio' : 'meter').first(),
      ).toBeVisible()

      expect((await main.boundingBox())?.width).toBeLessThanOrEqual(320)
      expect(await sidewaysOverflow(main)).toBe(0)
      expect(await pageColours(await appFrame(page))).toMatchObject({
        colorScheme: 'light',
        background: LIGHT_SURFACE,
      })
      await expectNoAxeViolations(page)
    })
  }

  test.describe('served as a file, where the skeleton shows until the app runs', () => {
    test.use({ appHosting: 'static' })

    test('the app is light from its first paint: the skeleton before any script', async ({
      page,
      chat,
    }) => {
      // Bitrix24 never answers and the app's clock stands still: nothing
      // replaces the skeleton while it is looked at.
      await page.clock.install()
      await page.clock.pauseAt(Date.now() + 1_000)
      await chat.openPoll(lunchPoll, { parent: 'silent' })

      await expect(async () => {
        expect(await pageColours(await appFrame(page))).toEqual({
          colorScheme: 'light',
          background: LIGHT_SURFACE,
          skeleton: Array.from({ length: 5 }, () => 'rgb(238, 242, 244)'),
        })
      }).toPass()
    })
  })
})

test('the circle diagram keeps every answer as a meter', async ({ page, chat }) => {
  await chat.openPoll(quarterPoll)
  const question = chat.app.getByRole('group', {
    name: 'What should next quarter focus on?',
  })

  await expect(question.getByRole('meter')).toHaveCount(3)
  await expect(question.getByRole('meter', { name: 'Performance' })).toHaveAttribute(
    'aria-valuetext',
    '1\u00a0vote, 33%',
  )
  await expectNoAxeViolations(page)
})

test('with reduced motion nothing moves', async ({ page, chat }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await chat.openPoll(lunchPoll)
  await chat.withdrawButton.click()
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
