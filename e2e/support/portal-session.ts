import type { APIRequestContext, FrameLocator, Page } from '@playwright/test'

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

export interface Fault {
  method: string
  /** How many matching calls it affects; 1 unless given. */
  times?: number
  delayMs?: number
  /** Never answer. */
  hang?: boolean
  /** Answer this instead; a string body is sent as is. */
  response?: { status: number; body: unknown }
}

export interface SessionOptions {
  /** A named scenario of `e2e/portal/scenarios.ts`. */
  scenario?: string
  /** Switches for what the docs leave open (`PortalSettings`). */
  settings?: {
    anonymousValue?: 1 | 2
    refusal?: 'empty-result' | 'error'
    recallWhenFinished?: boolean
  }
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
    { scenario = 'demo', settings = {} }: SessionOptions = {},
  ): Promise<PortalSession> {
    const response = await request.post(new URL('/control/sessions', portalUrl).href, {
      data: { scenario, settings },
    })
    const { id } = (await response.json()) as { id: string }
    return new PortalSession(request, portalUrl, id)
  }

  /** The chat page of this session, optionally opening the app right away. */
  chatUrl(query: Record<string, string> = {}): string {
    const url = new URL(this.portalUrl)
    url.search = new URLSearchParams({ session: this.id, ...query }).toString()
    return url.href
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

  /** Every access token of the session expires now, as after an hour in the app. */
  async expireTokens() {
    await this.post('tokens/expire', {})
  }

  /** Another chat member takes their ballot back, as if from their own tab. */
  async withdrawAs(userId: number, messageId: number) {
    await this.post('ballots', { userId, messageId, ballot: null })
  }

  /** The poll's author stops it now, as `vote.AttachedVote.stop` does. */
  async stopPoll(messageId: number) {
    await this.post(`polls/${messageId}/stop`, {})
  }

  async fault(fault: Fault) {
    await this.post('faults', fault)
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

  private async post(path: string, data: unknown): Promise<void> {
    const response = await this.request.post(this.controlUrl(path), { data })
    if (!response.ok())
      throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`)
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

  /** Opens Chat Poll from the menu of the message that contains `text`. */
  async openAppFromMessage(text: string) {
    const message = this.page.getByRole('article').filter({ hasText: text })
    await message.getByRole('button', { name: 'Message actions' }).click()
    await this.page.getByRole('menuitem', { name: 'Chat Poll' }).click()
  }
}
