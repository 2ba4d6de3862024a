import { randomBytes, randomUUID } from 'node:crypto'
import type { Preflight, RestCall, ScenarioName } from './control-schemas'
import { LeakyBucket } from './rest/rate-limit'
import { scenarios, type WorldSetup } from './scenarios'
import { UserLocks } from './vote/user-locks'
import type { World } from './world'

/**
 * Each session is a portal of its own: its world, its tokens, its REST log
 * and its injected faults. Tests run in parallel, each in its own session,
 * found from the token of every REST call.
 */

export const ACCESS_TOKEN_TTL_S = 3600

export interface Fault {
  readonly method: string
  /** How many matching calls it affects; `undefined` means every one. */
  remaining: number | undefined
  readonly delayMs?: number
  /** Answer this instead of running the method. A string body is sent as is. */
  readonly response?: { readonly status: number; readonly body: unknown }
  /** Never answer. */
  readonly hang?: boolean
  /** Wait until the test releases the session's held calls, then answer. */
  readonly hold?: boolean
  /**
   * The call finds the rate limit's bucket full, as if other apps' calls had
   * filled it just before; it drains from then on as usual.
   */
  readonly fillRateLimit?: boolean
}

/** What a test may ask for when it creates a session. */
export type SessionSetup = Omit<WorldSetup, 'appUrl'>

export interface Token {
  readonly accessToken: string
  readonly refreshToken: string
  readonly sessionId: string
  readonly userId: number
  expiresAt: number
}

export interface Session {
  readonly id: string
  readonly scenario: string
  readonly world: World
  readonly calls: RestCall[]
  readonly faults: Fault[]
  /** Calls held by a `hold` fault: each one resumes when called. */
  readonly held: (() => void)[]
  /** Each user's lock on each poll while their `vote` or `recall` runs. */
  readonly locks: UserLocks
  readonly rateLimit: LeakyBucket
  /** Added to every REST call of the session. */
  latencyMs: number
  /** Told whenever the session's world changes, for the chat page's live view. */
  readonly watchers: Set<() => void>
  /** Told whenever one of the session's REST calls has been answered, or given up on. */
  readonly callWatchers: Set<() => void>
}

export function notifyChange(session: Session): void {
  for (const watcher of session.watchers) watcher()
}

/** A call logged with no status yet: the portal has not answered it. */
export function isInFlight(call: RestCall): boolean {
  return call.status === 0
}

export class SessionStore {
  /**
   * The CORS preflights answered, for every session alike: a preflight
   * carries no token, so it names no session.
   */
  readonly preflights: Preflight[] = []
  readonly #sessions = new Map<string, Session>()
  readonly #tokens = new Map<string, Token>()
  readonly #refreshTokens = new Map<string, Token>()

  readonly #appUrl: string | (() => string | undefined) | undefined

  constructor(appUrl?: string | (() => string | undefined)) {
    this.#appUrl = appUrl
  }

  /** The app's handler URL, bound in sessions that start installed. */
  get appUrl(): string | undefined {
    return typeof this.#appUrl === 'function' ? this.#appUrl() : this.#appUrl
  }

  create(
    scenario: ScenarioName,
    setup: SessionSetup = {},
    id: string = randomUUID(),
  ): Session {
    const world = scenarios[scenario]({
      ...setup,
      ...(this.appUrl !== undefined && { appUrl: this.appUrl }),
    })
    return this.adopt(world, scenario, id)
  }

  /** A session around a world built by hand, as the portal's own tests do. */
  adopt(world: World, scenario = 'custom', id: string = randomUUID()): Session {
    const session: Session = {
      id,
      scenario,
      world,
      calls: [],
      faults: [],
      held: [],
      locks: new UserLocks(),
      rateLimit: new LeakyBucket(),
      latencyMs: 0,
      watchers: new Set(),
      callWatchers: new Set(),
    }
    this.#sessions.set(id, session)
    return session
  }

  get(id: string): Session | undefined {
    return this.#sessions.get(id)
  }

  delete(id: string): void {
    for (const release of this.#sessions.get(id)?.held.splice(0) ?? []) release()
    this.#sessions.delete(id)
    for (const [key, token] of this.#tokens) {
      if (token.sessionId === id) this.#tokens.delete(key)
    }
    for (const [key, token] of this.#refreshTokens) {
      if (token.sessionId === id) this.#refreshTokens.delete(key)
    }
  }

  /** What the portal puts in `AUTH_ID`/`REFRESH_ID` when it opens an app. */
  issueToken(session: Session, userId: number): Token {
    const token: Token = {
      accessToken: randomBytes(24).toString('hex'),
      refreshToken: randomBytes(24).toString('hex'),
      sessionId: session.id,
      userId,
      expiresAt: Date.now() + ACCESS_TOKEN_TTL_S * 1000,
    }
    this.#tokens.set(token.accessToken, token)
    this.#refreshTokens.set(token.refreshToken, token)
    return token
  }

  /** `refreshAuth`: a new pair for the same user; the old access token stops working. */
  refresh(refreshToken: string): Token | undefined {
    const old = this.#refreshTokens.get(refreshToken)
    const session = old && this.#sessions.get(old.sessionId)
    if (!old || !session) return undefined
    this.#tokens.delete(old.accessToken)
    this.#refreshTokens.delete(refreshToken)
    return this.issueToken(session, old.userId)
  }

  token(accessToken: string): Token | undefined {
    return this.#tokens.get(accessToken)
  }

  /** Makes every access token of a session (or of one user in it) expire now. */
  expireTokens(sessionId: string, userId?: number): void {
    for (const token of this.#tokens.values()) {
      if (
        token.sessionId === sessionId &&
        (userId === undefined || token.userId === userId)
      ) {
        token.expiresAt = Date.now() - 1
      }
    }
  }
}

/**
 * The first fault that applies to a call of `method`, used up by one. Those
 * that fill the rate limit apply before the call is admitted, the others
 * after: `beforeAdmission` says which are asked for.
 */
export function takeFault(
  session: Session,
  method: string,
  beforeAdmission = false,
): Fault | undefined {
  const fault = session.faults.find(
    (candidate) =>
      candidate.method.toLowerCase() === method.toLowerCase() &&
      candidate.remaining !== 0 &&
      Boolean(candidate.fillRateLimit) === beforeAdmission,
  )
  if (fault?.remaining !== undefined) fault.remaining -= 1
  return fault
}
