import { expect, test } from '@playwright/test'

test('opened outside Bitrix24, the app says where to open it', async ({ page }) => {
  const appUrl = process.env.APP_URL
  if (!appUrl) throw new Error('APP_URL is not set: the global setup did not start the app.')

  await page.goto(appUrl)

  await expect(
    page.getByRole('heading', { name: 'Open Chat Poll from a Bitrix24 chat' }),
  ).toBeVisible()
  await expect(page.getByText(/open the menu of a message with a poll/)).toBeVisible()
})
