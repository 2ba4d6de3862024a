import type { World } from '../world'

/** What every REST method handler gets, and what it is. */

export interface CallContext {
  readonly world: World
  readonly userId: number
  readonly params: Record<string, unknown>
  /** The portal's origin, for the absolute URLs Bitrix24 puts in its answers. */
  readonly origin: string
  /**
   * The same user's earlier `vote` or `recall` on this poll still held the
   * user's lock when this call gave up waiting for it.
   */
  readonly occupied: boolean
}

/** Returns the `result` (or a `ListReply`/`FileReply`), or throws a `RestError`. */
export type MethodHandler = (context: CallContext) => unknown
