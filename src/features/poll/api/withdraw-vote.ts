import type { Portal } from '../../../lib/portal'
import type { Poll, PollRef } from '../poll'
import { getPoll, recallVote } from './vote-api'

/**
 * The recall failed and a fresh read shows the vote is still there. `poll` is
 * that fresh state; `cause` is why the recall failed.
 */
export class WithdrawalFailedError extends Error {
  readonly poll: Poll

  constructor(poll: Poll, cause: unknown) {
    super('The vote was not withdrawn', { cause })
    this.name = 'WithdrawalFailedError'
    this.poll = poll
  }
}

/** The recall failed and the poll could not be read to learn what happened. */
export class WithdrawalUnconfirmedError extends Error {
  constructor(cause: unknown) {
    super('Unknown whether the vote was withdrawn', { cause })
    this.name = 'WithdrawalUnconfirmedError'
  }
}

/**
 * Withdraws the current user's vote and resolves with the poll afterwards.
 *
 * A failed recall does not say whether the ballot is gone: a timeout or a cut
 * connection may hide a recall the portal carried out, and the SDK may have
 * resent it. The poll is read again before anything is reported, so the user
 * is never told a vote was kept when it is gone, or gone when it is kept.
 * Sending the recall again is safe: Bitrix24 answers a recall without a
 * ballot with the unchanged poll.
 */
export async function withdrawVote(portal: Portal, ref: PollRef): Promise<Poll> {
  let recallError: unknown
  try {
    return await recallVote(portal, ref, crypto.randomUUID())
  } catch (error) {
    recallError = error
  }
  let poll: Poll
  try {
    poll = await getPoll(portal, ref)
  } catch {
    throw new WithdrawalUnconfirmedError(recallError)
  }
  if (!poll.isVoted) return poll
  throw new WithdrawalFailedError(poll, recallError)
}
