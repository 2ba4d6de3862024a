import type { IncomingMessage, ServerResponse } from 'node:http'
import { chatView, storedPollView } from './chat-view'
import { DEFAULT_RATE_LIMIT } from './rest/rate-limit'
import {
  ACCESS_TOKEN_TTL_S,
  notifyChange,
  type Fault,
  type Session,
  type SessionSetup,
  type SessionStore,
  type Token,
} from './sessions'
import {
  allowsRevote,
  cleanBallot,
  isFinished,
  storeBallot,
  type StoredPoll,
} from './vote/poll'
import {
  canReadPoll,
  isAnonymous,
  type Chat,
  type Message,
  type PortalSettings,
  type World,
} from './world'

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/**
 * `/control/…`: how tests and the portal's own chat page reach into the
 * simulated portal: sessions, tokens, the REST log, fault injection, and
 * what other users do meanwhile. Never called by the app.
 */

type Json = Record<string, unknown>
type Route = (context: {
  session: Session
  body: Json
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
    const body = request.method === 'POST' ? await readJson(request) : {}
    const result = dispatch(sessions, request.method ?? 'GET', url, body)
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

function dispatch(sessions: SessionStore, method: string, url: URL, body: Json): unknown {
  const path = url.pathname.replace(/^\/control/, '')
  if (method === 'POST' && path === '/sessions') {
    const scenario = typeof body.scenario === 'string' ? body.scenario : 'demo'
    try {
      return { id: sessions.create(scenario, setupOf(body)).id }
    } catch (error) {
      throw new ControlError(400, error instanceof Error ? error.message : String(error))
    }
  }
  if (method === 'POST' && path === '/auth/refresh') {
    const token = sessions.refresh(String(body.refreshToken))
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
      /^\/view$/,
      ({ session, query }) =>
        chatView(session.world, userParam(query.get('user')), query.get('lang') ?? 'en'),
    ],
    [
      'POST',
      /^\/widget-ballots$/,
      ({ session, body }) => voteFromWidget(session.world, body),
    ],
    [
      'GET',
      /^\/polls\/(\d+)$/,
      ({ session, match }) =>
        storedPollView(pollOfEntity(session.world, Number(match[1]))),
    ],
    [
      'POST',
      /^\/auth$/,
      ({ session, body }) =>
        authData(sessions.issueToken(session, userParam(body.userId))),
    ],
    [
      'POST',
      /^\/tokens\/expire$/,
      ({ session, body }) => {
        sessions.expireTokens(
          session.id,
          body.userId === undefined ? undefined : Number(body.userId),
        )
      },
    ],
    [
      'POST',
      /^\/faults$/,
      ({ session, body }) => void session.faults.push(faultOf(body)),
    ],
    [
      'POST',
      /^\/faults\/release$/,
      ({ session }) => {
        for (const release of session.held.splice(0)) release()
      },
    ],
    [
      'POST',
      /^\/latency$/,
      ({ session, body }) => {
        session.latencyMs = nonNegative(body.ms, 'ms')
      },
    ],
    [
      'POST',
      /^\/rate-limit$/,
      ({ session, body }) => {
        session.rateLimit.reset({
          burst:
            body.burst === undefined
              ? DEFAULT_RATE_LIMIT.burst
              : nonNegative(body.burst, 'burst'),
          drainPerSecond:
            body.drainPerSecond === undefined
              ? DEFAULT_RATE_LIMIT.drainPerSecond
              : nonNegative(body.drainPerSecond, 'drainPerSecond'),
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
        memberIds: removeMember(session.world, Number(match[1]), body.userId),
      }),
    ],
    [
      'GET',
      /^\/app$/,
      ({ session }) => ({
        installed: session.world.app.installed,
        bindings: session.world.app.bindings,
        scopes: session.world.app.scopes,
      }),
    ],
    [
      'POST',
      /^\/app\/install-finish$/,
      ({ session }) => {
        session.world.app.installed = true
      },
    ],
    ['POST', /^\/ballots$/, ({ session, body }) => castBallot(session.world, body)],
  ]
}

/** Another user votes (or withdraws, with `ballot: null`) from their own tab. */
function castBallot(world: World, body: Json) {
  const userId = Number(body.userId)
  const poll = pollOfEntity(world, Number(body.messageId))
  if (body.ballot === null) {
    poll.ballots.delete(userId)
    return storedPollView(poll)
  }
  const cleaned = cleanBallot(poll, (body.ballot ?? {}) as Record<string, unknown[]>)
  if ('refused' in cleaned) throw new ControlError(400, cleaned.refused)
  poll.ballots.delete(userId)
  storeBallot(poll, userId, cleaned.answers, world.sequences, isAnonymous(world, poll))
  return storedPollView(poll)
}

/**
 * A vote from the chat's own poll widget: the module's rules apply, as they
 * do to `vote.AttachedVote.vote`.
 */
function voteFromWidget(world: World, body: Json) {
  const userId = userParam(body.userId)
  const poll = world.polls.get(Number(body.attachId))
  if (!poll || !canReadPoll(world, poll, userId))
    throw new ControlError(404, 'No such poll')
  if (isFinished(poll)) throw new ControlError(409, 'The poll is inactive.')
  if (poll.ballots.has(userId) && !allowsRevote(poll)) {
    throw new ControlError(409, 'You have already voted.')
  }
  const cleaned = cleanBallot(poll, (body.ballot ?? {}) as Record<string, unknown[]>)
  if ('refused' in cleaned) throw new ControlError(400, cleaned.refused)
  poll.ballots.delete(userId)
  storeBallot(poll, userId, cleaned.answers, world.sequences, isAnonymous(world, poll))
  return storedPollView(poll)
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
function removeMember(world: World, messageId: number, userId: unknown): number[] {
  const { chat } = chatMessage(world, messageId)
  const member = requiredUserId(userId)
  const index = chat.memberIds.indexOf(member)
  if (index === -1) throw new ControlError(400, `User ${member} is not in the chat`)
  chat.memberIds.splice(index, 1)
  return chat.memberIds
}

function chatMessage(world: World, messageId: number): { chat: Chat; message: Message } {
  for (const chat of world.chats) {
    const message = chat.messages.find((candidate) => candidate.id === messageId)
    if (message) return { chat, message }
  }
  throw new ControlError(404, `No chat message ${messageId}`)
}

function pollOfEntity(world: World, entityId: number): StoredPoll {
  for (const poll of world.polls.values()) {
    if (poll.entityId === entityId) return poll
  }
  throw new ControlError(404, `No poll on entity ${entityId}`)
}

/** The auth fields of `getInitData` and `refreshAuth`, as the SDK reads them. */
function authData(token: Token) {
  return {
    AUTH_ID: token.accessToken,
    REFRESH_ID: token.refreshToken,
    AUTH_EXPIRES: String(ACCESS_TOKEN_TTL_S),
  }
}

/** A new session's setup: its switches, whether the app is installed, its scopes. */
function setupOf(body: Json): SessionSetup {
  return {
    settings: settingsOf(body.settings),
    ...(typeof body.installed === 'boolean' && { installed: body.installed }),
    ...(Array.isArray(body.scopes) && { scopes: body.scopes.map(String) }),
  }
}

/**
 * A fault for the next `times` calls of a method (every call with `times:
 * null`): a full rate-limit bucket, latency, an answer held until the test
 * releases it, a given answer, a Bitrix24 error, a body that is not JSON, or
 * no answer at all.
 */
function faultOf(body: Json): Fault {
  if (typeof body.method !== 'string')
    throw new ControlError(400, 'A fault needs a method')
  const error =
    typeof body.error === 'object' && body.error !== null
      ? (body.error as Json)
      : undefined
  const response = isResponse(body.response)
    ? body.response
    : error
      ? {
          status: typeof error.status === 'number' ? error.status : 400,
          body: {
            error: typeof error.code === 'string' ? error.code : '',
            error_description:
              typeof error.description === 'string' ? error.description : '',
          },
        }
      : body.malformed === true
        ? { status: 200, body: '{"result": {"attach": {"ID": 4' }
        : undefined
  return {
    method: body.method,
    remaining:
      body.times === null ? undefined : typeof body.times === 'number' ? body.times : 1,
    ...(typeof body.delayMs === 'number' && { delayMs: body.delayMs }),
    ...(body.hang === true && { hang: true }),
    ...(body.hold === true && { hold: true }),
    ...(body.fillRateLimit === true && { fillRateLimit: true }),
    ...(response && { response }),
  }
}

function nonNegative(value: unknown, name: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number < 0) throw new ControlError(400, `Bad ${name}`)
  return number
}

/** The switches a test may set, each checked against its allowed values. */
function settingsOf(value: unknown): Partial<PortalSettings> {
  const given = (typeof value === 'object' && value !== null ? value : {}) as Json
  const settings: Partial<PortalSettings> = {}
  if (given.anonymousValue === 1 || given.anonymousValue === 2) {
    settings.anonymousValue = given.anonymousValue
  }
  if (given.refusal === 'empty-result' || given.refusal === 'error')
    settings.refusal = given.refusal
  if (typeof given.recallWhenFinished === 'boolean') {
    settings.recallWhenFinished = given.recallWhenFinished
  }
  if (
    given.answerVotedPaging === 'start' ||
    given.answerVotedPaging === 'page-navigation'
  ) {
    settings.answerVotedPaging = given.answerVotedPaging
  }
  if (given.readDeniedCode === 'module' || given.readDeniedCode === 'docs') {
    settings.readDeniedCode = given.readDeniedCode
  }
  if (given.lockTimeoutMs !== undefined) {
    settings.lockTimeoutMs = nonNegative(given.lockTimeoutMs, 'lockTimeoutMs')
  }
  return settings
}

function requiredUserId(value: unknown): number {
  if (value === undefined) throw new ControlError(400, 'A userId is needed')
  return userParam(value)
}

function userParam(value: unknown): number {
  const userId = Number(value ?? 1)
  if (!Number.isSafeInteger(userId) || userId <= 0)
    throw new ControlError(400, 'Bad user id')
  return userId
}

function isResponse(value: unknown): value is { status: number; body: unknown } {
  return (
    typeof value === 'object' && value !== null && 'status' in value && 'body' in value
  )
}

async function readJson(request: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}
  const parsed: unknown = JSON.parse(text)
  if (typeof parsed !== 'object' || parsed === null)
    throw new ControlError(400, 'Body is not JSON')
  return parsed as Json
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}
