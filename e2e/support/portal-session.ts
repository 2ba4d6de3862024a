import {
  expect,
  type APIRequestContext,
  type FrameLocator,
  type Page,
} from '@playwright/test'

export interface RestCall {
  method: string
  params: Record<string, unknown>
  userId: number | null
  status: number
  error?: string
}

export interface StoredPoll {
  attachId: number
  counter: number
  isFinished: boolean
  questions: {
    id: string
    counter: number
    answers: { id: string; text: string; counter: number }[]
  }[]
  ballots: Record<string, Record<string, string[]>>
}

/**
 * What the next `times` calls of `method` get (1 by default, `null` for every
 * call): a full rate-limit bucket, a delay, an answer held until
 * `releaseHeldCalls()`, no answer, a Bitrix24 error, a body that is not JSON,
 * or a raw response.
 */
export interface Fault {
  method: string
  times?: number | null
  fillRateLimit?: boolean
  delayMs?: number
  hold?: boolean
  hang?: boolean
  error?: { code: string; description: string; status?: number }
  malformed?: boolean
  response?: { status: number; body: unknown }
}

/** Bitrix24's answer to a call that failed on the server: HTTP 500 `INTERNAL_SERVER_ERROR`. */
export const internalServerError = {
  status: 500,
  body: { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' },
}

/** How a test's portal starts; see the simulated portal's control API. */
export interface PortalSetup {
  scenario?: 'demo' | 'crowd' | 'xss'
  /** The switches for what the docs leave open. */
  settings?: {
    anonymousValue?: 1 | 2
    refusal?: 'empty-result' | 'error'
    recallWhenFinished?: boolean
    answerVotedPaging?: 'start' | 'page-navigation'
    /** A refused read's `error`: the module's `"0"` or the docs' `ATTACH_READ_ACCESS_DENIED`. */
    readDeniedCode?: 'module' | 'docs'
    /** How long a user's second `vote`/`recall` on a poll waits for the first (15 000). */
    lockTimeoutMs?: number
  }
  /** `false`: the app is not installed yet and runs its installer when opened. */
  installed?: boolean
  scopes?: string[]
}

export interface AppState {
  installed: boolean
  bindings: { placement: string; handler: string; title: string; langAll: unknown }[]
}

/**
 * One test's own world in the simulated portal: its users, chats and polls,
 * reached through the portal's control API, and gone when the test ends.
 */
export class PortalSession {
  readonly id: string
  private readonly request: APIRequestContext
  private readonly portalUrl: string

  private constructor(request: APIRequestContext, portalUrl: string, id: string) {
    this.request = request
    this.portalUrl = portalUrl
    this.id = id
  }

  static async create(
    request: APIRequestContext,
    portalUrl: string,
    setup: PortalSetup = {},
  ): Promise<PortalSession> {
    const response = await request.post(new URL('/control/sessions', portalUrl).href, {
      data: { scenario: 'demo', ...setup },
    })
    if (!response.ok()) throw new Error(`No session: ${await response.text()}`)
    const { id } = (await response.json()) as { id: string }
    return new PortalSession(request, portalUrl, id)
  }

  /** The chat page of this session, optionally opening the app right away. */
  chatUrl(query: Record<string, string> = {}): string {
    const url = new URL(this.portalUrl)
    url.search = new URLSearchParams({ session: this.id, ...query }).toString()
    return url.href
  }

  /**
   * The chat page opening the app on a news-feed poll, addressed by its
   * attachment as a slider page would (placement DEFAULT, `attachId` option).
   */
  async feedPollUrl(postId: number): Promise<string> {
    const { attachId } = await this.poll(postId)
    return this.chatUrl({
      placement: 'DEFAULT',
      options: JSON.stringify({ attachId: String(attachId) }),
    })
  }

  async calls(): Promise<RestCall[]> {
    return (await this.get(`calls`)) as RestCall[]
  }

  async callsOf(method: string): Promise<RestCall[]> {
    return (await this.calls()).filter(
      (call) => call.method.toLowerCase() === method.toLowerCase(),
    )
  }

  async poll(messageId: number): Promise<StoredPoll> {
    return (await this.get(`polls/${messageId}`)) as StoredPoll
  }

  /** Another chat member votes in a one-question chat poll, as if from their own tab. */
  async voteAs(userId: number, messageId: number, answerTexts: string[]) {
    const [question] = (await this.poll(messageId)).questions
    if (!question) throw new Error(`Poll of message ${messageId} has no question`)
    const answerIds = answerTexts.map((text) => {
      const answer = question.answers.find((candidate) => candidate.text === text)
      if (!answer) throw new Error(`Poll of message ${messageId} has no answer "${text}"`)
      return answer.id
    })
    await this.post('ballots', {
      userId,
      messageId,
      ballot: { [question.id]: answerIds },
    })
  }

  /** Another chat member takes back their vote, as if from their own tab. */
  async withdrawAs(userId: number, messageId: number) {
    await this.post('ballots', { userId, messageId, ballot: null })
  }

  /** The poll's author stops it now (or resumes it). */
  async stopPoll(messageId: number) {
    await this.post(`polls/${messageId}/stop`, {})
  }

  async resumePoll(messageId: number) {
    await this.post(`polls/${messageId}/resume`, {})
  }

  /** Someone deletes the poll message: the chat no longer shows it and its attach is gone. */
  async deletePoll(messageId: number) {
    await this.post(`polls/${messageId}/delete`, {})
  }

  /** Someone removes `userId` from the chat that holds the message: they can no longer read its poll. */
  async removeMember(userId: number, messageId: number) {
    await this.post(`polls/${messageId}/members/remove`, { userId })
  }

  /** Every access token of the session (or of one user) expires now. */
  async expireTokens(userId?: number) {
    await this.post('tokens/expire', userId === undefined ? {} : { userId })
  }

  async fault(fault: Fault) {
    await this.post('faults', fault)
  }

  /**
   * Lets every call held by a `hold` fault go on to its answer. With
   * `arrived`, first waits until a call of that method has reached the portal:
   * one still on its way would be held after the release, for good.
   */
  async releaseHeldCalls(arrived?: string) {
    if (arrived !== undefined) {
      await expect
        .poll(async () => (await this.callsOf(arrived)).length)
        .toBeGreaterThan(0)
    }
    await this.post('faults/release', {})
  }

  /** Latency added to every REST call from now on. */
  async setLatency(ms: number) {
    await this.post('latency', { ms })
  }

  /** The session's leaky bucket: `burst` calls at once, then `drainPerSecond`. */
  async setRateLimit(limit: { burst: number; drainPerSecond: number }) {
    await this.post('rate-limit', limit)
  }

  /** Calls the portal's REST API as `userId`, as an app would with that user's token. */
  async rest(
    userId: number,
    method: string,
    params: Record<string, unknown> = {},
  ): Promise<{ status: number; body: unknown }> {
    const auth = (await this.post('auth', { userId })) as { AUTH_ID: string }
    const response = await this.request.post(
      new URL(`/rest/${method}`, this.portalUrl).href,
      {
        data: { ...params, auth: auth.AUTH_ID },
      },
    )
    return { status: response.status(), body: await response.json() }
  }

  async app(): Promise<AppState> {
    return (await this.get('app')) as AppState
  }

  async close() {
    await this.request.delete(this.controlUrl(''))
  }

  private controlUrl(path: string): string {
    return new URL(`/control/sessions/${this.id}/${path}`, this.portalUrl).href
  }

  private async get(path: string): Promise<unknown> {
    const response = await this.request.get(this.controlUrl(path))
    if (!response.ok())
      throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`)
    return response.json()
  }

  private async post(path: string, data: unknown): Promise<unknown> {
    const response = await this.request.post(this.controlUrl(path), { data })
    if (!response.ok())
      throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`)
    return response.json()
  }
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
