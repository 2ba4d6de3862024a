import type { IncomingMessage, ServerResponse } from 'node:http'
import { chatView, storedPollView } from './chat-view'
import {
  ACCESS_TOKEN_TTL_S,
  type Session,
  type SessionStore,
  type Token,
} from './sessions'
import { cleanBallot, storeBallot, type StoredPoll } from './vote/poll'
import { isAnonymous, type PortalSettings, type World } from './world'

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
  try {
    const body = request.method === 'POST' ? await readJson(request) : {}
    const result = dispatch(sessions, request.method ?? 'GET', url, body)
    sendJson(response, 200, result ?? { ok: true })
  } catch (error) {
    const status = error instanceof ControlError ? error.status : 500
    sendJson(response, status, {
      error: error instanceof Error ? error.message : String(error),
    })
  }
}

function dispatch(sessions: SessionStore, method: string, url: URL, body: Json): unknown {
  const path = url.pathname.replace(/^\/control/, '')
  if (method === 'POST' && path === '/sessions') {
    const session = sessions.create(
      typeof body.scenario === 'string' ? body.scenario : 'demo',
      settingsOf(body.settings),
    )
    return { id: session.id }
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
      ({ session, query }) => chatView(session.world, userParam(query.get('user'))),
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
      ({ session, body }) => {
        if (typeof body.method !== 'string')
          throw new ControlError(400, 'A fault needs a method')
        session.faults.push({
          method: body.method,
          remaining: typeof body.times === 'number' ? body.times : 1,
          ...(typeof body.delayMs === 'number' && { delayMs: body.delayMs }),
          ...(body.hang === true && { hang: true }),
          ...(isResponse(body.response) && { response: body.response }),
        })
      },
    ],
    ['POST', /^\/ballots$/, ({ session, body }) => castBallot(session.world, body)],
    [
      'POST',
      /^\/polls\/(\d+)\/stop$/,
      ({ session, match }) => {
        // What `vote.AttachedVote.stop` does: the poll ends now (reference §9.6).
        const poll = pollOfEntity(session.world, Number(match[1]))
        poll.dateEnd = Date.now()
        return storedPollView(poll)
      },
    ],
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

function pollOfEntity(world: World, entityId: number): StoredPoll {
  for (const poll of world.polls.values()) {
    if (poll.entityId === entityId) return poll
  }
  throw new ControlError(404, `No poll on entity ${entityId}`)
}

/** The auth fields of `getInitData` and `refreshAuth` (SDK protocol §2.4). */
function authData(token: Token) {
  return {
    AUTH_ID: token.accessToken,
    REFRESH_ID: token.refreshToken,
    AUTH_EXPIRES: String(ACCESS_TOKEN_TTL_S),
  }
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
  return settings
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
