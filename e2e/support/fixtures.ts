import { test as base, expect } from '@playwright/test'
import { ChatPage, PortalSession } from './portal-session'

function portalUrl(): string {
  const url = process.env.PORTAL_URL
  if (!url)
    throw new Error('PORTAL_URL is not set: the global setup did not start the portal.')
  return url
}

export const test = base.extend<{ portal: PortalSession; chat: ChatPage }>({
  portal: async ({ request }, use) => {
    const session = await PortalSession.create(request, portalUrl())
    await use(session)
    await session.close()
  },
  chat: async ({ page }, use) => {
    await use(new ChatPage(page))
  },
})

export { expect }
