import type { IncomingMessage, ServerResponse } from 'node:http'
import { parse as parseQuery } from 'qs'
import type { RestCall } from '../control-schemas'
import { notifyChange, takeFault, type Session, type SessionStore } from '../sessions'
import { appMethods, methodScopes } from './app-methods'
import { FileReply, ListReply } from './replies'
import { errors, RestError } from './rest-error'
import type { CallContext, MethodHandler } from './method'
import { lockedVoteId, voteMethods } from './vote-methods'
import type { Release } from '../vote/user-locks'

/**
 * `/rest/<method>[.json]`: Bitrix24's REST transport (FIDELITY.md, "REST transport").
 * JSON and form bodies with PHP bracket keys, the token from the body, the
 * query or a Bearer header, method names in any case, the per-portal rate
 * limit, scopes, the `{result, time}` envelope and `{error, error_description}`
 * failures.
 */

const methods: Record<string, MethodHandler> = { ...voteMethods, ...appMethods }

/** The methods that change what the chat shows. */
const changingMethods = new Set([
  'vote.attachedvote.vote',
  'vote.attachedvote.recall',
  'vote.attachedvote.stop',
  'vote.attachedvote.resume',
  'vote.integration.im.send',
  'placement.bind',
  'placement.unbind',
])

/**
 * Bracket keys as PHP reads them: `ballot[7][]=3` is `{ballot: {7: ['3']}}`.
 * qs would otherwise turn numeric keys into arrays and renumber them, so it
 * reads every key as a map's, and `phpArrays` makes lists of the maps PHP
 * would encode as JSON lists.
 */
const phpQuery = { depth: 10, arrayLimit: -1 }

function parsePhpQuery(query: string): Record<string, unknown> {
  return phpArrays(parseQuery(query, phpQuery)) as Record<string, unknown>
}

/** A map keyed 0, 1, 2… in order is a list, as PHP's `json_encode` writes it. */
function phpArrays(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).map(([key, entry]) => [key, phpArrays(entry)])
  return entries.length > 0 && entries.every(([key], index) => key === String(index))
    ? entries.map(([, entry]) => entry)
    : Object.fromEntries(entries)
}

export async function handleRest(
  request: IncomingMessage,
  response: ServerResponse,
  sessions: SessionStore,
  latencyMs = 0,
): Promise<void> {
  if (latencyMs > 0) await delay(latencyMs)
  allowCors(request, response)
  const url = new URL(request.url ?? '/', 'http://portal')
  const method = decodeURIComponent(url.pathname.replace(/^\/rest\//, '')).replace(
    /\.json$/i,
    '',
  )
  if (request.method === 'OPTIONS') {
    sessions.preflights.push({ method, at: Date.now() })
    response.writeHead(204).end()
    return
  }
  const startedAt = Date.now()
  let params: Record<string, unknown>
  try {
    params = {
      ...parsePhpQuery(url.search.slice(1)),
      ...(await readParams(request)),
    }
  } catch {
    sendError(response, errors.invalidRequest())
    return
  }
  const accessToken = tokenOf(request, params)
  delete params.auth

  if (!accessToken) {
    sendError(response, errors.noAuth())
    return
  }
  const token = sessions.token(accessToken)
  const session = token && sessions.get(token.sessionId)
  if (!token || !session) {
    sendError(response, errors.invalidToken())
    return
  }

  const call: RestCall = {
    method,
    params,
    userId: token.userId,
    at: startedAt,
    status: 0,
  }
  session.calls.push(call)
  response.once('close', () => {
    for (const watcher of session.callWatchers) watcher()
  })
  const fail = (error: RestError) => {
    call.status = error.status
    call.error = error.code
    sendError(response, error)
  }

  if (session.latencyMs > 0) await delay(session.latencyMs)
  if (takeFault(session, method, true)) session.rateLimit.fill()
  if (!session.rateLimit.admit()) {
    fail(errors.queryLimit())
    return
  }
  if (token.expiresAt <= Date.now()) {
    fail(errors.expiredToken())
    return
  }

  const fault = takeFault(session, method)
  if (fault?.hang) return
  const lock = await takeUserLock(session, token.userId, method, params)
  try {
    if (fault?.delayMs) await delay(fault.delayMs)
    if (fault?.hold) await new Promise<void>((release) => session.held.push(release))
    if (fault?.response) {
      const { status, body } = fault.response
      call.status = status
      const code = errorCodeOf(body)
      if (code !== undefined) call.error = code
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
      response.end(typeof body === 'string' ? body : JSON.stringify(body))
      return
    }

    let reply: unknown
    try {
      reply = run(session, method, {
        world: session.world,
        userId: token.userId,
        params,
        origin: originOf(request),
        occupied: lock.occupied,
      })
    } catch (error) {
      fail(error instanceof RestError ? error : errors.internal())
      return
    }
    call.status = 200
    if (changingMethods.has(method.toLowerCase())) notifyChange(session)
    sendReply(response, reply, startedAt)
  } finally {
    lock.release?.()
  }
}

/**
 * `vote` and `recall` hold the user's lock on the poll while they run, held
 * or delayed by a fault included; a second one waits for it up to the
 * session's `lockTimeoutMs`.
 */
async function takeUserLock(
  session: Session,
  userId: number,
  method: string,
  params: Record<string, unknown>,
): Promise<{ release?: Release; occupied: boolean }> {
  const voteId = lockedVoteId(session.world, method, params)
  if (voteId === undefined) return { occupied: false }
  const release = await session.locks.acquire(
    userId,
    voteId,
    session.world.settings.lockTimeoutMs,
  )
  return release ? { release, occupied: false } : { occupied: true }
}

function sendReply(response: ServerResponse, reply: unknown, startedAt: number) {
  if (reply instanceof FileReply) {
    response.writeHead(200, {
      'Content-Type': reply.contentType,
      'Content-Disposition': `attachment;filename=${reply.fileName}`,
    })
    response.end(reply.body)
    return
  }
  if (reply instanceof ListReply) {
    send(response, 200, {
      result: reply.result,
      ...(reply.next !== undefined && { next: reply.next }),
      total: reply.total,
      time: timeOf(startedAt),
    })
    return
  }
  send(response, 200, { result: reply, time: timeOf(startedAt) })
}

function run(session: Session, method: string, context: CallContext) {
  const name = method.toLowerCase()
  const handler = methods[name]
  if (!handler) throw errors.methodNotFound()
  const scope = name.startsWith('vote.') ? 'vote' : methodScopes[name]
  if (scope !== undefined && !session.world.app.scopes.includes(scope)) {
    throw errors.insufficientScope()
  }
  return handler(context)
}

async function readParams(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks).toString('utf8')
  if (body.trim() === '') return {}
  const contentType = request.headers['content-type'] ?? ''
  if (contentType.includes('application/json')) {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error('The JSON body is not an object')
    }
    return parsed as Record<string, unknown>
  }
  return parsePhpQuery(body)
}

function tokenOf(
  request: IncomingMessage,
  params: Record<string, unknown>,
): string | undefined {
  if (typeof params.auth === 'string' && params.auth !== '') return params.auth
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')
  return bearer?.[1]
}

function originOf(request: IncomingMessage): string {
  return `http://${request.headers.host ?? '127.0.0.1'}`
}

function allowCors(request: IncomingMessage, response: ServerResponse) {
  response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*')
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
  response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization')
  response.setHeader('Access-Control-Max-Age', '600')
  response.setHeader('Vary', 'Origin')
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}

function sendError(response: ServerResponse, error: RestError) {
  send(response, error.status, error.toBody())
}

/** The `time` block the SDK needs on every success: it crashes without one. */
export function timeOf(startedAt: number) {
  const finishedAt = Date.now()
  return {
    start: startedAt / 1000,
    finish: finishedAt / 1000,
    duration: (finishedAt - startedAt) / 1000,
    processing: (finishedAt - startedAt) / 1000,
    date_start: isoWithOffset(startedAt),
    date_finish: isoWithOffset(finishedAt),
    operating_reset_at: Math.floor(startedAt / 1000) + 600,
    operating: 0,
  }
}

function isoWithOffset(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00')
}

function errorCodeOf(body: unknown): string | undefined {
  return typeof body === 'object' && body !== null && 'error' in body
    ? String(body.error)
    : undefined
}

function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
