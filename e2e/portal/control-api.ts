import type { IncomingMessage, ServerResponse } from 'node:http'
import * as v from 'valibot'
import { chatView, storedPollView } from './chat-view'
import {
  AuthRequestSchema,
  CastBallotRequestSchema,
  ChatPollRequestSchema,
  ExpireTokensRequestSchema,
  FaultRequestSchema,
  FeedPollRequestSchema,
  LatencyRequestSchema,
  MessageRequestSchema,
  RateLimitRequestSchema,
  RefreshAuthRequestSchema,
  RemoveMemberRequestSchema,
  SessionSetupSchema,
  WidgetBallotRequestSchema,
  type AppState,
  type AuthData,
  type ChatPoll,
  type FaultRequest,
  type FeedPoll,
  type StoredPoll,
} from './control-schemas'
import { storePoll, type Attachment } from './poll-spec'
import { DEFAULT_RATE_LIMIT } from './rest/rate-limit'
import {
  ACCESS_TOKEN_TTL_S,
  isInFlight,
  notifyChange,
  type Fault,
  type Session,
  type SessionStore,
  type Token,
} from './sessions'
import {
  allowsRevote,
  cleanBallot,
  isFinished,
  storeBallot,
  type PollRecord,
} from './vote/poll'
import { canReadPoll, isAnonymous, type Chat, type Message, type World } from './world'

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/**
 * `/control/…`: how tests and the portal's own chat page reach into the
 * simulated portal: sessions, tokens, the REST log, fault injection, and
 * what other users do meanwhile. Never called by the app.
 */

type Route = (context: {
  session: Session
  body: unknown
  query: URLSearchParams
  match: RegExpExecArray
}) => unknown

class ControlError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

export async function handleControl(
  request: IncomingMessage,
  response: ServerResponse,
  sessions: SessionStore,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://portal')
  const watched = /^\/control\/sessions\/([^/]+)\/events$/.exec(url.pathname)
  const watchedSession = watched?.[1] === undefined ? undefined : sessions.get(watched[1])
  if (watchedSession) {
    streamChanges(request, response, watchedSession)
    return
  }
  try {
    const body: unknown = request.method === 'POST' ? await readJson(request) : {}
    const result = await dispatch(sessions, request.method ?? 'GET', url, body)
    if (request.method === 'POST') {
      const changed = /^\/control\/sessions\/([^/]+)\//.exec(url.pathname)?.[1]
      const session = changed === undefined ? undefined : sessions.get(changed)
      if (session) notifyChange(session)
    }
    sendJson(response, 200, result ?? { ok: true })
  } catch (error) {
    const status = error instanceof ControlError ? error.status : 500
    sendJson(response, status, {
      error: error instanceof Error ? error.message : String(error),
    })
  }
}

/**
 * Server-sent events: one `change` event whenever the session's world may
 * have changed, so the chat page shows what the app or another user did.
 */
function streamChanges(
  request: IncomingMessage,
  response: ServerResponse,
  session: Session,
) {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  })
  response.write(': watching\n\n')
  const watcher = () => {
    response.write('event: change\ndata: {}\n\n')
  }
  session.watchers.add(watcher)
  request.on('close', () => {
    session.watchers.delete(watcher)
  })
}

function dispatch(
  sessions: SessionStore,
  method: string,
  url: URL,
  body: unknown,
): unknown {
  const path = url.pathname.replace(/^\/control/, '')
  if (method === 'POST' && path === '/sessions') {
    const { scenario = 'demo', ...setup } = parse(SessionSetupSchema, body)
    return { id: sessions.create(scenario, setup).id }
  }
  if (method === 'GET' && path === '/preflights') return sessions.preflights
  if (method === 'POST' && path === '/auth/refresh') {
    const { refreshToken } = parse(RefreshAuthRequestSchema, body)
    const token = sessions.refresh(refreshToken)
    if (!token) throw new ControlError(401, 'Unknown refresh token')
    return authData(token)
  }
  const sessionMatch = /^\/sessions\/([^/]+)(\/.*)?$/.exec(path)
  const session = sessionMatch?.[1] ? sessions.get(sessionMatch[1]) : undefined
  if (!sessionMatch || !session) throw new ControlError(404, `No such session: ${path}`)
  const rest = sessionMatch[2] ?? '/'
  if (method === 'DELETE' && rest === '/') {
    sessions.delete(session.id)
    return { ok: true }
  }
  for (const [routeMethod, pattern, route] of sessionRoutes(sessions)) {
    const match = pattern.exec(rest)
    if (routeMethod === method && match) {
      return route({ session, body, query: url.searchParams, match })
    }
  }
  throw new ControlError(404, `No control route ${method} ${path}`)
}

function sessionRoutes(sessions: SessionStore): [string, RegExp, Route][] {
  return [
    ['GET', /^\/calls$/, ({ session }) => session.calls],
    [
      'GET',
      /^\/calls\/quiet$/,
      ({ session, query }) => untilQuiet(session, query.getAll('succeeded')),
    ],
    [
      'GET',
      /^\/view$/,
      ({ session, query }) =>
        chatView(session.world, userParam(query.get('user')), query.get('lang') ?? 'en'),
    ],
    [
      'POST',
      /^\/widget-ballots$/,
      ({ session, body }) =>
        voteFromWidget(session.world, parse(WidgetBallotRequestSchema, body)),
    ],
    [
      'GET',
      /^\/polls\/(\d+)$/,
      ({ session, match }) =>
        storedPollView(pollOfEntity(session.world, Number(match[1]))),
    ],
    [
      'POST',
      /^\/messages$/,
      ({ session, body }) =>
        postMessage(session.world, parse(MessageRequestSchema, body)),
    ],
    [
      'POST',
      /^\/polls$/,
      ({ session, body }) =>
        postChatPoll(session.world, parse(ChatPollRequestSchema, body)),
    ],
    [
      'POST',
      /^\/feed-polls$/,
      ({ session, body }) =>
        postFeedPoll(session.world, parse(FeedPollRequestSchema, body)),
    ],
    [
      'POST',
      /^\/auth$/,
      ({ session, body }) =>
        authData(sessions.issueToken(session, parse(AuthRequestSchema, body).userId)),
    ],
    [
      'POST',
      /^\/tokens\/expire$/,
      ({ session, body }) => {
        sessions.expireTokens(session.id, parse(ExpireTokensRequestSchema, body).userId)
      },
    ],
    [
      'POST',
      /^\/faults$/,
      ({ session, body }) =>
        void session.faults.push(faultOf(parse(FaultRequestSchema, body))),
    ],
    [
      'POST',
      /^\/faults\/release$/,
      ({ session }) => {
        for (const release of session.held.splice(0)) release()
        // A call still on its way when the test releases must not be held
        // after it, for good: releasing ends the holding, not only the held.
        const holding = session.faults.filter((fault) => fault.hold)
        for (const fault of holding)
          session.faults.splice(session.faults.indexOf(fault), 1)
      },
    ],
    [
      'POST',
      /^\/latency$/,
      ({ session, body }) => {
        session.latencyMs = parse(LatencyRequestSchema, body).ms
      },
    ],
    [
      'POST',
      /^\/rate-limit$/,
      ({ session, body }) => {
        session.rateLimit.reset({
          ...DEFAULT_RATE_LIMIT,
          ...parse(RateLimitRequestSchema, body),
        })
      },
    ],
    [
      'POST',
      /^\/polls\/(\d+)\/stop$/,
      ({ session, match }) => {
        const poll = pollOfEntity(session.world, Number(match[1]))
        poll.dateEnd = Date.now()
        return storedPollView(poll)
      },
    ],
    [
      'POST',
      /^\/polls\/(\d+)\/resume$/,
      ({ session, match }) => {
        const poll = pollOfEntity(session.world, Number(match[1]))
        poll.dateEnd = Date.now() + YEAR_MS
        return storedPollView(poll)
      },
    ],
    [
      'POST',
      /^\/polls\/(\d+)\/delete$/,
      ({ session, match }) => {
        deletePollMessage(session.world, Number(match[1]))
      },
    ],
    [
      'POST',
      /^\/polls\/(\d+)\/members\/remove$/,
      ({ session, body, match }) => ({
        memberIds: removeMember(
          session.world,
          Number(match[1]),
          parse(RemoveMemberRequestSchema, body).userId,
        ),
      }),
    ],
    ['GET', /^\/app$/, ({ session }): AppState => session.world.app],
    [
      'POST',
      /^\/app\/install-finish$/,
      ({ session }) => {
        session.world.app.installed = true
      },
    ],
    [
      'POST',
      /^\/ballots$/,
      ({ session, body }) =>
        castBallot(session.world, parse(CastBallotRequestSchema, body)),
    ],
  ]
}

/** The request body as `schema` reads it, or a refusal that says what is wrong. */
function parse<TSchema extends v.GenericSchema>(
  schema: TSchema,
  body: unknown,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, body)
  if (!result.success) throw new ControlError(400, v.summarize(result.issues))
  return result.output
}

/** Another user votes (or withdraws, with `ballot: null`) from their own tab. */
function castBallot(
  world: World,
  { userId, messageId, ballot }: v.InferOutput<typeof CastBallotRequestSchema>,
): StoredPoll {
  const poll = pollOfEntity(world, messageId)
  if (ballot === null) {
    poll.ballots.delete(userId)
    return storedPollView(poll)
  }
  return replaceBallot(world, poll, userId, ballot)
}

/**
 * A vote from the chat's own poll widget: the module's rules apply, as they
 * do to `vote.AttachedVote.vote`.
 */
function voteFromWidget(
  world: World,
  { userId, attachId, ballot }: v.InferOutput<typeof WidgetBallotRequestSchema>,
): StoredPoll {
  const poll = world.polls.get(attachId)
  if (!poll || !canReadPoll(world, poll, userId))
    throw new ControlError(404, 'No such poll')
  if (isFinished(poll)) throw new ControlError(409, 'The poll is inactive.')
  if (poll.ballots.has(userId) && !allowsRevote(poll)) {
    throw new ControlError(409, 'You have already voted.')
  }
  return replaceBallot(world, poll, userId, ballot)
}

/**
 * The user's ballot becomes `ballot`, kept as the module keeps it
 * (`cleanBallot`); one the module would refuse is a 400, and the earlier
 * ballot stays.
 */
function replaceBallot(
  world: World,
  poll: PollRecord,
  userId: number,
  ballot: v.InferOutput<typeof WidgetBallotRequestSchema>['ballot'],
): StoredPoll {
  const cleaned = cleanBallot(poll, ballot)
  if ('refused' in cleaned) throw new ControlError(400, cleaned.refused)
  poll.ballots.delete(userId)
  storeBallot(poll, userId, cleaned.answers, world.sequences, isAnonymous(world, poll))
  return storedPollView(poll)
}

/** A test's own message without a poll, posted now. */
function postMessage(
  world: World,
  { chat: name, authorId, text }: v.InferOutput<typeof MessageRequestSchema>,
) {
  const chat = chatNamed(world, name)
  if (!world.users.has(authorId)) {
    throw new ControlError(400, `No user ${authorId} in this portal`)
  }
  const messageId = world.sequences.next('message')
  chat.messages.push({ id: messageId, authorId, text, date: new Date().toISOString() })
  return { messageId }
}

/** A test's own poll, posted now as a new message of the chat of that name. */
function postChatPoll(
  world: World,
  { chat: name, ...spec }: v.InferOutput<typeof ChatPollRequestSchema>,
): ChatPoll {
  const chat = chatNamed(world, name)
  const messageId = world.sequences.next('message')
  const now = Date.now()
  const poll = postPoll(
    world,
    { chat, messageId, postedAt: new Date(now).toISOString() },
    spec,
    now,
  )
  return { messageId, ...storedPollView(poll) }
}

/** A test's own news-feed poll, posted now. */
function postFeedPoll(
  world: World,
  spec: v.InferOutput<typeof FeedPollRequestSchema>,
): FeedPoll {
  const postId = world.sequences.next('post')
  return { postId, ...storedPollView(postPoll(world, { postId }, spec, Date.now())) }
}

function postPoll(
  world: World,
  attachment: Attachment,
  spec: v.InferOutput<typeof FeedPollRequestSchema>,
  now: number,
): PollRecord {
  for (const authorOrVoter of [spec.authorId, ...Object.keys(spec.ballots ?? {})]) {
    if (!world.users.has(Number(authorOrVoter))) {
      throw new ControlError(400, `No user ${authorOrVoter} in this portal`)
    }
  }
  try {
    return storePoll(world, attachment, spec, now)
  } catch (error) {
    throw new ControlError(400, error instanceof Error ? error.message : String(error))
  }
}

/**
 * Someone deletes a poll message: the attach goes with it, so every call on
 * it finds nothing (bitrix/modules/vote/lib/Integration/Im/ImVoteEventHandler.php
 * onDeleteByEntityId).
 */
function deletePollMessage(world: World, messageId: number) {
  const { chat, message } = chatMessage(world, messageId)
  if (message.attachId === undefined) {
    throw new ControlError(404, `Message ${messageId} carries no poll`)
  }
  chat.messages.splice(chat.messages.indexOf(message), 1)
  world.polls.delete(message.attachId)
}

/** Someone removes a user from the chat that holds the message: they can no longer read it. */
function removeMember(world: World, messageId: number, member: number): number[] {
  const { chat } = chatMessage(world, messageId)
  const index = chat.memberIds.indexOf(member)
  if (index === -1) throw new ControlError(400, `User ${member} is not in the chat`)
  chat.memberIds.splice(index, 1)
  return chat.memberIds
}

function chatNamed(world: World, name: string): Chat {
  const chat = world.chats.find((candidate) => candidate.name === name)
  if (!chat) throw new ControlError(404, `No chat named "${name}"`)
  return chat
}

function chatMessage(world: World, messageId: number): { chat: Chat; message: Message } {
  for (const chat of world.chats) {
    const message = chat.messages.find((candidate) => candidate.id === messageId)
    if (message) return { chat, message }
  }
  throw new ControlError(404, `No chat message ${messageId}`)
}

function pollOfEntity(world: World, entityId: number): PollRecord {
  for (const poll of world.polls.values()) {
    if (poll.entityId === entityId) return poll
  }
  throw new ControlError(404, `No poll on entity ${entityId}`)
}

/** How long `…/calls/quiet` waits before it refuses. */
const QUIET_TIMEOUT_MS = 10_000

/**
 * Answers once each of the methods in `succeeded` has been answered with
 * success at least once and no REST call of the session is on its way:
 * the calls an app makes by itself are done. Refuses after
 * QUIET_TIMEOUT_MS, naming what it still waits for.
 */
function untilQuiet(session: Session, succeeded: readonly string[]): Promise<void> {
  const waitingFor = () => {
    const onTheirWay = session.calls.filter(isInFlight).map((call) => call.method)
    const notYet = succeeded.filter(
      (method) =>
        !session.calls.some(
          (call) =>
            call.status === 200 && call.method.toLowerCase() === method.toLowerCase(),
        ),
    )
    return { onTheirWay, notYet }
  }
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer)
      session.callWatchers.delete(check)
    }
    const check = () => {
      const { onTheirWay, notYet } = waitingFor()
      if (onTheirWay.length > 0 || notYet.length > 0) return
      stop()
      resolve()
    }
    const timer = setTimeout(() => {
      stop()
      const { onTheirWay, notYet } = waitingFor()
      reject(
        new ControlError(
          408,
          `Not quiet after ${String(QUIET_TIMEOUT_MS)} ms: on their way [${onTheirWay.join(', ')}], not yet answered with success [${notYet.join(', ')}]`,
        ),
      )
    }, QUIET_TIMEOUT_MS)
    session.callWatchers.add(check)
    check()
  })
}

/** The auth fields of `getInitData` and `refreshAuth`, as the SDK reads them. */
function authData(token: Token): AuthData {
  return {
    AUTH_ID: token.accessToken,
    REFRESH_ID: token.refreshToken,
    AUTH_EXPIRES: String(ACCESS_TOKEN_TTL_S),
  }
}

/**
 * A fault for the next `times` calls of a method (every call with `times:
 * null`): a full rate-limit bucket, latency, an answer held until the test
 * releases it, a given answer, a Bitrix24 error, a body that is not JSON, or
 * no answer at all.
 */
function faultOf(request: FaultRequest): Fault {
  const { error } = request
  const response =
    request.response ??
    (error
      ? {
          status: error.status ?? 400,
          body: { error: error.code, error_description: error.description },
        }
      : request.malformed
        ? { status: 200, body: '{"result": {"attach": {"ID": 4' }
        : undefined)
  return {
    method: request.method,
    remaining: request.times === null ? undefined : (request.times ?? 1),
    ...(request.delayMs !== undefined && { delayMs: request.delayMs }),
    ...(request.hang && { hang: true }),
    ...(request.hold && { hold: true }),
    ...(request.fillRateLimit && { fillRateLimit: true }),
    ...(response && { response }),
  }
}

/** The `user` of a view: Anna, the demo's first user, unless another is asked for. */
function userParam(value: string | null): number {
  const userId = Number(value ?? 1)
  if (!Number.isSafeInteger(userId) || userId <= 0)
    throw new ControlError(400, 'Bad user id')
  return userId
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new ControlError(400, 'Body is not JSON')
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}
