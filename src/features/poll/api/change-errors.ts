import { RestError } from '@/lib/portal'
import type { Poll } from '../poll'

// How a change can fail: apart from the code that makes changes, which
// imports the poll's read and, through it, the lazily loaded error screen.

/**
 * The change failed, and a fresh read shows it did not happen. `poll` is that
 * fresh state; `cause` is why the change failed.
 */
export class ChangeFailedError extends Error {
  readonly poll: Poll

  constructor(poll: Poll, cause: unknown) {
    super('The change did not happen', { cause })
    this.name = 'ChangeFailedError'
    this.poll = poll
  }
}

/** The change failed or took too long, and the poll could not be read to learn what happened. */
export class ChangeUnconfirmedError extends Error {
  constructor(cause: unknown) {
    super('Unknown whether the change happened', { cause })
    this.name = 'ChangeUnconfirmedError'
  }
}

// The vote module adds its refusals as errors and then answers `[]`, which
// Bitrix24's REST layer sends as HTTP 200 `{"result": []}` without them
// (bitrix/modules/vote/lib/Controller/AttachedVote.php).

/**
 * `vote` refused: an empty ballot, a missing required answer, or a second
 * vote in a poll that does not allow changing it.
 */
export class VoteRefusedError extends Error {
  constructor() {
    super('vote.AttachedVote.vote returned no attach')
    this.name = 'VoteRefusedError'
  }
}

/** `recall` refused: a poll that does not allow changing votes, or a ballot still locked. */
export class RecallRefusedError extends Error {
  constructor() {
    super('vote.AttachedVote.recall returned no attach')
    this.name = 'RecallRefusedError'
  }
}

/**
 * `"403"` "The poll is inactive.": a vote on a poll or channel that is not
 * active (`VOTE_IS_NOT_ACTIVE` in `Vote::registerEvent`,
 * bitrix/modules/vote/lib/vote.php). A ballot still locked by another vote
 * answers `"403"` too (`VOTE_IS_OCCUPIED`): only the read after it tells
 * the poll closed.
 */
export function isInactivePollError(error: unknown): boolean {
  return error instanceof RestError && error.code === '403'
}

/**
 * Bitrix24 turned a change down rather than failed to make it: one of the
 * refusals above, an inactive poll, or the docs' `"400"` "Cannot save poll.".
 */
export function isRefusal(error: unknown): boolean {
  return (
    error instanceof VoteRefusedError ||
    error instanceof RecallRefusedError ||
    isInactivePollError(error) ||
    (error instanceof RestError && error.code === '400')
  )
}
