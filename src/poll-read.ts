// With their extensions: Vite loads the dev server's plugin, which reaches
// this module, through Node, which resolves no other way.
import { addressOf } from './features/poll/api/poll-address.ts'
import { targetOf } from './features/poll/poll-target.ts'
import type { Placement } from './lib/portal'

/**
 * Which REST call reads the poll a placement points at: what the server's
 * first paint asks the portal for. Apart from the renderer, so that the
 * server's main thread reads polls without loading React or a DOM.
 */

export interface PollRead {
  readonly method: string
  readonly params: Record<string, unknown>
}

/** The call that reads the poll, or `undefined` when the placement points at none. */
export function pollReadOf(placement: Placement): PollRead | undefined {
  const target = targetOf(placement)
  if (target.kind !== 'poll') return undefined
  return { method: 'vote.AttachedVote.get', params: addressOf(target.ref) }
}
