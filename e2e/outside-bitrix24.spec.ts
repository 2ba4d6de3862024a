import { expect, test } from '@playwright/test'
import { appUrl } from './support/app-url'
import { expectNoAxeViolations } from './support/axe'
import { DARK_SURFACE, LIGHT_SURFACE, pageColours } from './support/page-colours'

test('opened outside Bitrix24, the app says where to open it', async ({ page }) => {
  await page.goto(appUrl())

  await expect(
    page.getByRole('heading', { name: 'Open Chat Poll from a Bitrix24 chat' }),
  ).toBeVisible()
  await expect(page.getByText(/open the menu of a message with a poll/)).toBeVisible()
  expect(await pageColours(page.mainFrame())).toMatchObject({
    colorScheme: 'light',
    background: LIGHT_SURFACE,
  })
})

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' })

  test('the page outside Bitrix24 follows it and keeps its contrast', async ({
    page,
  }) => {
    await page.goto(appUrl())

    await expect(
      page.getByRole('heading', { name: 'Open Chat Poll from a Bitrix24 chat' }),
    ).toBeVisible()
    expect(await pageColours(page.mainFrame())).toMatchObject({
      colorScheme: 'dark',
      background: DARK_SURFACE,
    })
    await expectNoAxeViolations(page)
  })
})
