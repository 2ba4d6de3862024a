import type { Portal } from '../../../lib/portal'
import { hasBallot, type Ballot, type Poll, type PollRef } from '../poll'
import { usePollContext } from '../poll-context'
import { newActionUuid } from './action-uuid'
import { attachOf, pollToShow } from './attach-payload'
import { confirmChange } from './confirm-change'
import { getPoll } from './get-poll'
import { addressOf } from './poll-address'
import { usePollChange } from './poll-changes'
import { VoteRefusedError } from './refusals'

/**
 * `vote.AttachedVote.vote`: the ballot as sent, and the poll from its answer.
 * Where the poll allows changing votes, Bitrix24 deletes the previous ballot
 * before it checks the new one (bitrix/modules/vote/lib/vote.php,
 * `registerEvent`): a refused change leaves the user with no vote at all.
 */
async function sendVote(
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
  return pollToShow(attach)
}

/**
 * Stores the current user's ballot, replacing the previous one where the poll
 * allows changing votes, and resolves with the poll as it is afterwards. A
 * refusal is checked against a fresh read too: the SDK resends a vote whose
 * answer was lost, and Bitrix24 refuses the resend of one that counted.
 */
export function castVote(
  portal: Portal,
  ref: PollRef,
  ballot: Ballot,
  onLateAnswer: () => void = () => undefined,
): Promise<Poll> {
  return confirmChange({
    change: () => sendVote(portal, ref, ballot, newActionUuid()),
    reread: () => getPoll(portal, ref),
    happened: (poll) => hasBallot(poll, ballot),
    onLateAnswer,
  })
}

/** Voting, changing a vote and undoing a withdrawal: all one `vote` call. */
export function useCastVote() {
  const { portal, pollRef } = usePollContext()
  return usePollChange('vote', (ballot: Ballot, onLateAnswer) =>
    castVote(portal, pollRef, ballot, onLateAnswer),
  )
}
