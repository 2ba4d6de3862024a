import { expect, test } from '@playwright/test'
import { appUrl } from './support/app-url'

test('opened outside Bitrix24, the app says where to open it', async ({ page }) => {
  await page.goto(appUrl())

  await expect(
    page.getByRole('heading', { name: 'Open Chat Poll from a Bitrix24 chat' }),
  ).toBeVisible()
  await expect(page.getByText(/open the menu of a message with a poll/)).toBeVisible()
})
