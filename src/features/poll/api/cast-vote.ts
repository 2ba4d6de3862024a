import { useMutation, useQueryClient } from '@tanstack/react-query'
import { hasBallot, type Ballot } from '../poll'
import { usePollContext } from '../poll-context'
import { pollToShow } from './get-poll'
import { pollChangeOptions, sendChange, type PollChange } from './poll-change'
import { VoteRefusedError } from './change-errors'

/**
 * `vote.AttachedVote.vote`: stores the user's ballot. Where the poll allows
 * changing votes, Bitrix24 deletes the previous ballot before it checks the
 * new one (bitrix/modules/vote/lib/vote.php, `registerEvent`): a refused
 * change leaves the user with no vote at all.
 */
export const castVote: PollChange<Ballot> = {
  kind: 'vote',
  send: async (portal, ref, ballot) => {
    const attach = await sendChange(portal, ref, 'vote.AttachedVote.vote', { ballot })
    if (attach === undefined) throw new VoteRefusedError()
    return pollToShow(attach)
  },
  // A refusal is judged by a fresh read too: the SDK resends a vote whose
  // answer was lost, and Bitrix24 refuses the resend of one that counted.
  happened: (poll, ballot) => hasBallot(poll, ballot),
}

/** Voting, changing a vote and undoing a withdrawal: all one `vote` call. */
export function useCastVote() {
  const queryClient = useQueryClient()
  return useMutation(pollChangeOptions(castVote, queryClient, usePollContext()))
}
