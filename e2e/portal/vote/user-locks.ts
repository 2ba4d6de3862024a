/**
 * The named locks of `Bitrix\Vote\User::lock` (bitrix/modules/vote/lib/user.php):
 * one per user and poll, taken by `vote` and `recall`. A second request for a
 * held lock waits until it is free, as MySQL's `GET_LOCK` does, or gives up
 * once its timeout has passed. Other users and other polls never wait.
 */

export type Release = () => void

export class UserLocks {
  readonly #held = new Set<string>()
  /** Waiting requests per lock, first come first served. */
  readonly #waiting = new Map<string, (() => void)[]>()

  /** A release for the lock, or `undefined` when it stayed held for `timeoutMs`. */
  acquire(
    userId: number,
    voteId: number,
    timeoutMs: number,
  ): Promise<Release | undefined> {
    const key = `${userId}:${voteId}`
    if (!this.#held.has(key)) {
      this.#held.add(key)
      return Promise.resolve(this.#releaseOf(key))
    }
    return new Promise((resolve) => {
      const queue = this.#waiting.get(key) ?? []
      this.#waiting.set(key, queue)
      const grant = () => {
        clearTimeout(timer)
        resolve(this.#releaseOf(key))
      }
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(grant), 1)
        resolve(undefined)
      }, timeoutMs)
      queue.push(grant)
    })
  }

  #releaseOf(key: string): Release {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.#waiting.get(key)?.shift()
      // The lock passes straight to the next in line, so nobody can slip in between.
      if (next) next()
      else {
        this.#held.delete(key)
        this.#waiting.delete(key)
      }
    }
  }
}
