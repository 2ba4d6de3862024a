import { test as base, expect } from '@playwright/test'
import { ChatPage, PortalSession, type SessionOptions } from './portal-session'

export function portalUrl(): string {
  const url = process.env.PORTAL_URL
  if (!url)
    throw new Error('PORTAL_URL is not set: the global setup did not start the portal.')
  return url
}

export const test = base.extend<{
  portalOptions: SessionOptions
  portal: PortalSession
  chat: ChatPage
}>({
  portalOptions: [{}, { option: true }],
  portal: async ({ request, portalOptions }, use) => {
    const session = await PortalSession.create(request, portalUrl(), portalOptions)
    await use(session)
    await session.close()
  },
  chat: async ({ page }, use) => {
    await use(new ChatPage(page))
  },
})

export { expect }
