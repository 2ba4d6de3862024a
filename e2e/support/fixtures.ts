import { test as base, expect } from '@playwright/test'
import { PortalClient, type PortalSession } from '@chat-poll/simulated-portal/client'
import type { SessionSetup } from '@chat-poll/simulated-portal/schemas'
import { ChatPage } from './chat-page'

/**
 * How the app's page reaches the portal's frame: from the app's server, with
 * the poll rendered into the page (`npm run serve`), or as a file server such as nginx
 * sends it, the app then reading the poll itself.
 */
export type AppHosting = 'server-first' | 'static'

function portalUrl(hosting: AppHosting): string {
  const name = hosting === 'static' ? 'STATIC_PORTAL_URL' : 'PORTAL_URL'
  const url = process.env[name]
  if (!url)
    throw new Error(`${name} is not set: the global setup did not start the portal.`)
  return url
}

export const test = base.extend<{
  portalSetup: SessionSetup
  appHosting: AppHosting
  portal: PortalSession
  chat: ChatPage
}>({
  // `test.use({ portalSetup: { installed: false } })` and the like. Tests start
  // from the demo's people and chats without a message, and post their own polls.
  portalSetup: [{}, { option: true }],
  appHosting: ['server-first', { option: true }],
  portal: async ({ portalSetup, appHosting }, use) => {
    const session = await new PortalClient(portalUrl(appHosting)).createSession({
      scenario: 'people',
      ...portalSetup,
    })
    await use(session)
    await session.close()
  },
  chat: async ({ page, portal }, use) => {
    await use(new ChatPage(page, portal))
  },
})

export { expect }
