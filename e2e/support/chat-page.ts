import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test'
import type { PortalSession } from '@chat-poll/simulated-portal/client'
import type {
  ChatPoll,
  ChatPollRequest,
  FeedPoll,
  PollSpec,
} from '@chat-poll/simulated-portal/schemas'
import { WHO_VOTED_READS } from './poll-calls'

/** Bitrix24's answer to a call that failed on the server: HTTP 500 `INTERNAL_SERVER_ERROR`. */
export const internalServerError = {
  status: 500,
  body: { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' },
}

/** Opens the Details of the app's `alert` and expects the error code they name. */
export async function expectErrorCode(alert: Locator, code: string) {
  await alert.getByText('Details').click()
  await expect(alert.getByText(`Error code: ${code}`)).toBeVisible()
}

/** Who opens the chat page, in which language, and how the portal page behaves. */
export interface ChatPageOptions {
  /** The user the chat page is opened for; Anna unless given. */
  readonly user?: number
  /** The portal's language, which it passes the app as `LANG`. */
  readonly lang?: string
  /** `silent`: the portal page never answers the app's `getInitData`. */
  readonly parent?: 'silent'
  /**
   * `false` where the app cannot connect, its scripts blocked: opening then
   * does not wait for the app to size its frame.
   */
  readonly appConnects?: false
}

function chatQuery({ user, lang, parent }: ChatPageOptions): Record<string, string> {
  return {
    ...(user === undefined ? {} : { user: String(user) }),
    ...(lang === undefined ? {} : { lang }),
    ...(parent === undefined ? {} : { parent }),
  }
}

/** The simulated chat of a test's portal session, as a user sees and drives it. */
export class ChatPage {
  readonly page: Page
  readonly #portal: PortalSession

  constructor(page: Page, portal: PortalSession) {
    this.page = page
    this.#portal = portal
  }

  /** The app inside the portal's slider. */
  get app(): FrameLocator {
    return this.page.getByTitle('Chat Poll').contentFrame()
  }

  /** The chat page of the test's portal session. */
  async open(options: ChatPageOptions = {}) {
    await this.page.goto(this.#portal.chatUrl(chatQuery(options)))
  }

  /**
   * Posts `poll` as a new message of its chat and opens the chat page with
   * Chat Poll opened on it from the message's menu, as a user would.
   */
  async openPoll(
    poll: ChatPollRequest,
    options: ChatPageOptions = {},
  ): Promise<ChatPoll> {
    const posted = await this.#portal.createPoll(poll)
    await this.page.goto(this.#portal.chatPollUrl(posted, chatQuery(options)))
    await this.#frameFitted(options)
    return posted
  }

  /**
   * Posts `poll` as a new news-feed post and opens Chat Poll on it by its
   * attachment, as a slider page would.
   */
  async openFeedPoll(poll: PollSpec, options: ChatPageOptions = {}): Promise<FeedPoll> {
    const posted = await this.#portal.createFeedPoll(poll)
    await this.page.goto(this.#portal.feedPollUrl(posted, chatQuery(options)))
    await this.#frameFitted(options)
    return posted
  }

  /**
   * Waits until the portal has sized the frame to the app, once the app
   * connected. The frame opens 200 px tall, so a click scrolls inside it;
   * when the frame then grows to the app's height, that scroll is undone and
   * everything under the pointer moves, and a click whose press and release
   * straddle the move is lost. A user sees the app settle before clicking.
   * A silent portal page never connects the app, so its frame never fits.
   *
   * The wait spans the app's whole start (its scripts, the SDK's handshake,
   * the resize), not one step: with every core busy that has taken over the
   * five seconds a step is given. The frame is sized in whole pixels.
   */
  async #frameFitted(options: ChatPageOptions) {
    if (options.parent === 'silent' || options.appConnects === false) return
    const frame = this.page.getByTitle('Chat Poll')
    const content = this.app.getByRole('main')
    await expect
      .poll(
        async () => {
          const [outer, inner] = await Promise.all([
            frame.boundingBox(),
            content.boundingBox(),
          ])
          return (
            outer !== null && inner !== null && Math.abs(outer.height - inner.height) < 1
          )
        },
        { timeout: 15_000 },
      )
      .toBe(true)
  }

  /**
   * Waits until the app has taken over the poll its server painted, whose
   * answers and buttons do nothing before: until an answer can be chosen or
   * the vote withdrawn. A click waits for that by itself; a key press, a
   * fault set up on the portal or a clock moved on does not.
   */
  async waitForAppToTakeOver() {
    await expect(
      this.app
        .getByRole('radio')
        .or(this.app.getByRole('checkbox'))
        .or(this.withdrawButton)
        .first(),
    ).toBeEnabled()
  }

  /**
   * Waits until the reads the app sends after showing a public poll the user
   * voted in, who voted and who the user is, have been answered, and no REST
   * call is on its way. Only then does a fault or a change set up on the
   * portal meet the call it is meant for, and not one of those reads.
   */
  async waitForOpeningReads() {
    await this.#portal.quiet(WHO_VOTED_READS)
  }

  get withdrawButton(): Locator {
    return this.app.getByRole('button', { name: 'Withdraw my vote' })
  }

  /** Chooses `answers`, radio buttons or checkboxes, and presses Vote. */
  async vote(...answers: string[]) {
    for (const answer of answers) {
      await this.app
        .getByRole('radio', { name: answer })
        .or(this.app.getByRole('checkbox', { name: answer }))
        .check()
    }
    await this.app.getByRole('button', { name: 'Vote', exact: true }).click()
  }

  /** Withdraws the vote, and waits until the app says it was withdrawn. */
  async withdrawVote() {
    await this.withdrawButton.click()
    await expect(this.app.getByRole('status')).toHaveText('Your vote was withdrawn.')
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
    await this.#frameFitted({})
  }

  /** The app's entry in the portal's application list. */
  get appListEntry() {
    return this.page
      .getByRole('navigation', { name: 'Applications' })
      .getByRole('button', { name: /Chat Poll/ })
  }
}
