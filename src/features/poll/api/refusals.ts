import { RestError } from '../../../lib/portal'

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
 * Bitrix24 turned a change down rather than failed to make it: one of the
 * refusals above, or the docs' `"400"` "Cannot save poll.".
 */
export function isRefusal(error: unknown): boolean {
  return (
    error instanceof VoteRefusedError ||
    error instanceof RecallRefusedError ||
    (error instanceof RestError && error.code === '400')
  )
}
