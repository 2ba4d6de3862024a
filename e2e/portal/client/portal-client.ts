import * as v from 'valibot'
import {
  AppStateSchema,
  AuthDataSchema,
  ChatPollSchema,
  ChatViewSchema,
  ControlRefusalSchema,
  CreatedSessionSchema,
  FeedPollSchema,
  MemberIdsSchema,
  OkSchema,
  PostedMessageSchema,
  PreflightSchema,
  RestCallSchema,
  StoredPollSchema,
  type ChatPollRequest,
  type FaultRequest,
  type PollSpec,
  type SessionSetup,
  type StoredPoll,
} from '../control-schemas'

/**
 * The one client of the simulated portal's control API, for the end-to-end
 * tests, the benchmark, the portal's own tests and its chat page alike.
 * Every answer is checked against its schema; a refusal throws
 * `ControlRefused` with the portal's status and reason.
 */

/** What the client needs of `fetch`: the global one in Node and browsers fits. */
export type Transport = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ readonly status: number; readonly ok: boolean; text(): Promise<string> }>

const globalFetch: Transport = (url, init) => fetch(url, init)

export class ControlRefused extends Error {
  readonly status: number
  /** Why the portal refused, in its own words. */
  readonly reason: string
  constructor(request: string, status: number, reason: string) {
    super(`${request}: ${String(status)} ${reason}`)
    this.name = 'ControlRefused'
    this.status = status
    this.reason = reason
  }
}

class Control {
  readonly #origin: string
  readonly #transport: Transport

  constructor(portalUrl: string, transport: Transport) {
    this.#origin = new URL(portalUrl).origin
    this.#transport = transport
  }

  url(path: string): string {
    return new URL(path, this.#origin).href
  }

  async send<const TSchema extends v.GenericSchema>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    answer: TSchema,
    body?: unknown,
  ): Promise<v.InferOutput<TSchema>> {
    const response = await this.#transport(this.url(path), {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    if (!response.ok) {
      const refusal = v.safeParse(ControlRefusalSchema, parseJson(text))
      throw new ControlRefused(
        `${method} ${path}`,
        response.status,
        refusal.success ? refusal.output.error : text,
      )
    }
    const parsed = v.safeParse(answer, parseJson(text))
    if (!parsed.success) {
      throw new Error(
        `${method} ${path}: an answer the schema does not allow: ${v.summarize(parsed.issues)}`,
      )
    }
    return parsed.output
  }

  /** A REST call as an app sends it; the answer as it came, whatever its status. */
  async sendRest(
    method: string,
    params: Record<string, unknown>,
  ): Promise<{ status: number; body: unknown }> {
    const response = await this.#transport(this.url(`/rest/${method}`), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(params),
    })
    return { status: response.status, body: parseJson(await response.text()) }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The simulated portal at `portalUrl`: its sessions, and what is not bound to one. */
export class PortalClient {
  readonly #control: Control

  constructor(portalUrl: string, transport: Transport = globalFetch) {
    this.#control = new Control(portalUrl, transport)
  }

  /** A new session, a portal of its own, from a named scenario (`demo` by default). */
  async createSession(setup: SessionSetup = {}): Promise<PortalSession> {
    const { id } = await this.#control.send(
      'POST',
      '/control/sessions',
      CreatedSessionSchema,
      setup,
    )
    return this.session(id)
  }

  /** A session that exists already. */
  session(id: string): PortalSession {
    return new PortalSession(this.#control, id)
  }

  /** `refreshAuth`: a new pair of tokens for the refresh token's user. */
  refreshAuth(refreshToken: string) {
    return this.#control.send('POST', '/control/auth/refresh', AuthDataSchema, {
      refreshToken,
    })
  }

  /**
   * The CORS preflights the portal has answered, for every session: a
   * browser sends one before a cross-origin request that is not safelisted,
   * a JSON POST for one.
   */
  preflights() {
    return this.#control.send('GET', '/control/preflights', v.array(PreflightSchema))
  }
}

/**
 * One session of the portal: its own users, chats, polls, tokens, REST log
 * and faults, reached through the control API.
 */
export class PortalSession {
  readonly id: string
  readonly #control: Control

  constructor(control: Control, id: string) {
    this.#control = control
    this.id = id
  }

  /** The chat page of this session, with `open`, `user`, `lang`, `placement`… */
  chatUrl(query: Record<string, string> = {}): string {
    const url = new URL(this.#control.url('/'))
    url.search = new URLSearchParams({ session: this.id, ...query }).toString()
    return url.href
  }

  /** The chat page opening the app from the poll message's menu, as a user would. */
  chatPollUrl(poll: { messageId: number }, query: Record<string, string> = {}): string {
    return this.chatUrl({ ...query, open: String(poll.messageId) })
  }

  /**
   * The chat page opening the app on a news-feed poll, addressed by its
   * attachment as a slider page would (placement DEFAULT, `attachId` option).
   */
  feedPollUrl(poll: { attachId: number }, query: Record<string, string> = {}): string {
    return this.chatUrl({
      ...query,
      placement: 'DEFAULT',
      options: JSON.stringify({ attachId: String(poll.attachId) }),
    })
  }

  /** The server-sent events of the session: a `change` whenever its world may have changed. */
  get eventsUrl(): string {
    return this.#control.url(this.#path('events'))
  }

  /** The session and its tokens are gone. */
  async close(): Promise<void> {
    await this.#control.send('DELETE', this.#path(''), OkSchema)
  }

  /** Every REST call the session received, in order. */
  calls() {
    return this.#control.send('GET', this.#path('calls'), v.array(RestCallSchema))
  }

  /**
   * Resolves once each of `succeeded` (method names) has been answered with
   * success at least once and no REST call of the session is on its way:
   * the calls the app makes by itself are done, and a fault or change set
   * up next meets the call it is meant for. The portal refuses after 10 s.
   */
  async quiet(succeeded: Iterable<string> = []): Promise<void> {
    const query = new URLSearchParams(
      [...succeeded].map((method) => ['succeeded', method]),
    )
    await this.#control.send('GET', this.#path(`calls/quiet?${query}`), OkSchema)
  }

  async callsOf(method: string) {
    return (await this.calls()).filter(
      (call) => call.method.toLowerCase() === method.toLowerCase(),
    )
  }

  /** A poll's stored counters and ballots, by its message's (or feed post's) id. */
  poll(entityId: number): Promise<StoredPoll> {
    return this.#control.send('GET', this.#path(`polls/${entityId}`), StoredPollSchema)
  }

  /** A message without a poll, posted now in the chat named `chat`. */
  async postMessage(message: { chat: string; authorId: number; text: string }) {
    const { messageId } = await this.#control.send(
      'POST',
      this.#path('messages'),
      PostedMessageSchema,
      message,
    )
    return messageId
  }

  /** A poll posted now, as a new message in the chat named `chat`, with the ballots given. */
  createPoll(spec: ChatPollRequest) {
    return this.#control.send('POST', this.#path('polls'), ChatPollSchema, spec)
  }

  /** A poll posted now as a new news-feed post, with the ballots given. */
  createFeedPoll(spec: PollSpec) {
    return this.#control.send('POST', this.#path('feed-polls'), FeedPollSchema, spec)
  }

  /** What the chat page shows `userId` in `lang`. */
  view(userId: number, lang: string) {
    const query = new URLSearchParams({ user: String(userId), lang })
    return this.#control.send('GET', this.#path(`view?${query}`), ChatViewSchema)
  }

  /** Tokens for `userId`, as the portal puts them in `AUTH_ID`/`REFRESH_ID`. */
  auth(userId: number) {
    return this.#control.send('POST', this.#path('auth'), AuthDataSchema, { userId })
  }

  /** Every access token of the session (or of one user) expires now. */
  async expireTokens(userId?: number): Promise<void> {
    await this.#control.send(
      'POST',
      this.#path('tokens/expire'),
      OkSchema,
      userId === undefined ? {} : { userId },
    )
  }

  async fault(fault: FaultRequest): Promise<void> {
    await this.#control.send('POST', this.#path('faults'), OkSchema, fault)
  }

  /**
   * Lets every call held by a `hold` fault go on to its answer, and ends the
   * holding: a call that reaches the portal afterwards is answered at once.
   */
  async releaseHeldCalls(): Promise<void> {
    await this.#control.send('POST', this.#path('faults/release'), OkSchema, {})
  }

  /** Latency added to every REST call from now on. */
  async setLatency(ms: number): Promise<void> {
    await this.#control.send('POST', this.#path('latency'), OkSchema, { ms })
  }

  /** The session's leaky bucket: `burst` calls at once, then `drainPerSecond`. */
  async setRateLimit(limit: { burst?: number; drainPerSecond?: number }): Promise<void> {
    await this.#control.send('POST', this.#path('rate-limit'), OkSchema, limit)
  }

  /** Another member votes now, as if from their own tab: answer texts of the first question. */
  voteAs(userId: number, poll: StoredPoll, answerTexts: readonly string[]) {
    const [question] = poll.questions
    if (!question) throw new Error(`Poll ${poll.entityId} has no question`)
    const answerIds = answerTexts.map((text) => {
      const answer = question.answers.find((candidate) => candidate.text === text)
      if (!answer) throw new Error(`Poll ${poll.entityId} has no answer "${text}"`)
      return answer.id
    })
    return this.#castBallot(userId, poll.entityId, { [question.id]: answerIds })
  }

  /** Another member takes back their vote now, as if from their own tab. */
  withdrawAs(userId: number, poll: { entityId: number }) {
    return this.#castBallot(userId, poll.entityId, null)
  }

  /** A vote from the chat's own poll widget, under the module's rules. */
  voteInWidget(userId: number, attachId: number, ballot: Record<string, number[]>) {
    return this.#control.send('POST', this.#path('widget-ballots'), StoredPollSchema, {
      userId,
      attachId,
      ballot,
    })
  }

  /** The poll is finished now, as its author's "Finish poll" does. */
  stopPoll(entityId: number) {
    return this.#control.send(
      'POST',
      this.#path(`polls/${entityId}/stop`),
      StoredPollSchema,
    )
  }

  resumePoll(entityId: number) {
    return this.#control.send(
      'POST',
      this.#path(`polls/${entityId}/resume`),
      StoredPollSchema,
    )
  }

  /** Someone deletes the poll message: the chat no longer shows it and its attach is gone. */
  async deletePoll(messageId: number): Promise<void> {
    await this.#control.send('POST', this.#path(`polls/${messageId}/delete`), OkSchema)
  }

  /** Someone removes `userId` from the chat of the message: they can no longer read its poll. */
  async removeMember(userId: number, messageId: number): Promise<number[]> {
    const { memberIds } = await this.#control.send(
      'POST',
      this.#path(`polls/${messageId}/members/remove`),
      MemberIdsSchema,
      { userId },
    )
    return memberIds
  }

  /** The app's install state, its placements and its scopes. */
  app() {
    return this.#control.send('GET', this.#path('app'), AppStateSchema)
  }

  /** What `setInstallFinish` does: the app is installed. */
  async installFinish(): Promise<void> {
    await this.#control.send('POST', this.#path('app/install-finish'), OkSchema)
  }

  /** Calls the portal's REST API as `userId`, as an app would with that user's token. */
  async rest(
    userId: number,
    method: string,
    params: Record<string, unknown> = {},
  ): Promise<{ status: number; body: unknown }> {
    const { AUTH_ID } = await this.auth(userId)
    return this.#control.sendRest(method, { ...params, auth: AUTH_ID })
  }

  #castBallot(
    userId: number,
    messageId: number,
    ballot: Record<string, string[]> | null,
  ) {
    return this.#control.send('POST', this.#path('ballots'), StoredPollSchema, {
      userId,
      messageId,
      ballot,
    })
  }

  #path(rest: string): string {
    return `/control/sessions/${encodeURIComponent(this.id)}/${rest}`
  }
}
