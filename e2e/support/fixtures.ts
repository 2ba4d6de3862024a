import { test as base, expect } from '@playwright/test'
import { PortalClient, type PortalSession } from '@chat-poll/simulated-portal/client'
import type { SessionSetup } from '@chat-poll/simulated-portal/schemas'
import { ChatPage } from './portal-session'

function portalUrl(): string {
  const url = process.env.PORTAL_URL
  if (!url)
    throw new Error('PORTAL_URL is not set: the global setup did not start the portal.')
  return url
}

export const test = base.extend<{
  portalSetup: SessionSetup
  portal: PortalSession
  chat: ChatPage
}>({
  // `test.use({ portalSetup: { installed: false } })` and the like. Tests start
  // from the demo's people and chats without a message, and post their own polls.
  portalSetup: [{}, { option: true }],
  portal: async ({ portalSetup }, use) => {
    const session = await new PortalClient(portalUrl()).createSession({
      scenario: 'people',
      ...portalSetup,
    })
    await use(session)
    await session.close()
  },
  chat: async ({ page }, use) => {
    await use(new ChatPage(page))
  },
})

export { expect }
