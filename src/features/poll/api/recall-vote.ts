import { useMutation, useQueryClient } from '@tanstack/react-query'
import { usePollContext } from '../poll-context'
import { pollToShow } from './get-poll'
import { pollChangeOptions, sendChange, type PollChange } from './poll-change'
import { RecallRefusedError } from './change-errors'

/**
 * `vote.AttachedVote.recall`: withdraws the user's ballot. Sending it again
 * is safe: Bitrix24 answers a recall without a ballot with the unchanged poll.
 */
export const recallVote: PollChange<undefined> = {
  kind: 'withdraw',
  send: async (portal, ref) => {
    const attach = await sendChange(portal, ref, 'vote.AttachedVote.recall', {})
    if (attach === undefined) throw new RecallRefusedError()
    const poll = await pollToShow(attach)
    // Success is an attach without the user's ballot, nothing less.
    if (poll.isVoted) throw new RecallRefusedError()
    return poll
  },
  happened: (poll) => !poll.isVoted,
}

/** "Withdraw my vote": one `recall` call. */
export function useRecallVote() {
  const queryClient = useQueryClient()
  return useMutation(pollChangeOptions(recallVote, queryClient, usePollContext()))
}
