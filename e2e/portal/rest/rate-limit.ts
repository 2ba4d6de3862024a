/**
 * Bitrix24's request-rate limit (limits.md in the REST docs): a leaky bucket per portal.
 * Each request adds one; the level drains by `drainPerSecond`; a request that
 * would lift it above `burst` is refused with 503 `QUERY_LIMIT_EXCEEDED`.
 */

export interface RateLimit {
  readonly burst: number
  readonly drainPerSecond: number
}

/** The documented limits of every plan but Enterprise. */
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 50, drainPerSecond: 2 }

export class LeakyBucket {
  limit: RateLimit
  #level = 0
  #updatedAt: number
  readonly #now: () => number

  constructor(limit: RateLimit = DEFAULT_RATE_LIMIT, now: () => number = Date.now) {
    this.limit = limit
    this.#now = now
    this.#updatedAt = now()
  }

  /** Counts one request; `false` when the bucket is full and the request is refused. */
  admit(): boolean {
    const now = this.#now()
    const drained = ((now - this.#updatedAt) / 1000) * this.limit.drainPerSecond
    this.#level = Math.max(0, this.#level - drained)
    this.#updatedAt = now
    if (this.#level + 1 > this.limit.burst) return false
    this.#level += 1
    return true
  }

  /** The bucket full to its limit now. */
  fill(): void {
    this.#level = this.limit.burst
    this.#updatedAt = this.#now()
  }

  /** A new limit starts from an empty bucket. */
  reset(limit: RateLimit): void {
    this.limit = limit
    this.#level = 0
    this.#updatedAt = this.#now()
  }
}
