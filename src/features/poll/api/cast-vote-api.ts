import type { Portal } from '../../../lib/portal'
import type { Ballot, Poll, PollRef } from '../poll'
import { parseAttach } from './attach-payload'
import { addressOf, attachOf } from './vote-api'

/**
 * `vote` refused without an error: Bitrix24 answers HTTP 200 with
 * `{"result": []}` for an empty ballot, a missing required answer or a second
 * vote in a poll that does not allow changing it (reference §4.5).
 */
export class VoteRefusedError extends Error {
  constructor() {
    super('vote.AttachedVote.vote returned no attach')
    this.name = 'VoteRefusedError'
  }
}

/** Bitrix24's code for "the poll is inactive": finished or stopped (reference §4.5). */
export const POLL_INACTIVE = '403'

/**
 * `vote.AttachedVote.vote`: stores the current user's ballot, replacing the
 * previous one where the poll allows changing votes, and resolves with the
 * poll as it is afterwards.
 */
export async function castVote(
  portal: Portal,
  ref: PollRef,
  ballot: Ballot,
  actionUuid: string,
): Promise<Poll> {
  const result = await portal.callMethod('vote.AttachedVote.vote', {
    ...addressOf(ref),
    ballot,
    actionUuid,
  })
  const attach = attachOf(result)
  if (attach === undefined) throw new VoteRefusedError()
  return parseAttach(attach)
}
