import { test as base, expect } from '@playwright/test'
import { ChatPage, PortalSession, type PortalSetup } from './portal-session'

function portalUrl(): string {
  const url = process.env.PORTAL_URL
  if (!url)
    throw new Error('PORTAL_URL is not set: the global setup did not start the portal.')
  return url
}

export const test = base.extend<{
  portalSetup: PortalSetup
  portal: PortalSession
  chat: ChatPage
}>({
  // `test.use({ portalSetup: { installed: false } })` and the like.
  portalSetup: [{}, { option: true }],
  portal: async ({ request, portalSetup }, use) => {
    const session = await PortalSession.create(request, portalUrl(), portalSetup)
    await use(session)
    await session.close()
  },
  chat: async ({ page }, use) => {
    await use(new ChatPage(page))
  },
})

export { expect }
