import type { FrameLocator, Page } from '@playwright/test'

/** Bitrix24's answer to a call that failed on the server: HTTP 500 `INTERNAL_SERVER_ERROR`. */
export const internalServerError = {
  status: 500,
  body: { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' },
}

/** The simulated chat, as a user sees and drives it. */
export class ChatPage {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  /** The app inside the portal's slider. */
  get app(): FrameLocator {
    return this.page.getByTitle('Chat Poll').contentFrame()
  }

  async openChat(name: string) {
    await this.page
      .getByRole('navigation', { name: 'Chats' })
      .getByRole('button', { name })
      .click()
  }

  /** The chat message that contains `text`. */
  message(text: string) {
    return this.page.getByRole('article').filter({ hasText: text })
  }

  /** The chat's own widget of the poll message that contains `text`. */
  pollWidget(text: string) {
    return this.message(text).getByRole('region', { name: 'Poll' })
  }

  async openMessageMenu(text: string) {
    await this.message(text).getByRole('button', { name: 'Message actions' }).click()
  }

  /** Opens Chat Poll from the menu of the message that contains `text`. */
  async openAppFromMessage(text: string, menuTitle = 'Chat Poll') {
    await this.openMessageMenu(text)
    await this.page.getByRole('menuitem', { name: menuTitle }).click()
  }

  /** The app's entry in the portal's application list. */
  get appListEntry() {
    return this.page
      .getByRole('navigation', { name: 'Applications' })
      .getByRole('button', { name: /Chat Poll/ })
  }
}
