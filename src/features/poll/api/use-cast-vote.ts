import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Portal } from '../../../lib/portal'
import type { Ballot, PollRef } from '../poll'
import { castVote } from './cast-vote-api'
import { pollQueries } from './poll-queries'

/** Voting, changing a vote and undoing a withdrawal: all one `vote` call. */
export function useCastVote(portal: Portal, ref: PollRef) {
  const queryClient = useQueryClient()
  const { queryKey } = pollQueries.detail(portal, ref)
  return useMutation({
    mutationKey: [...queryKey, 'vote'],
    mutationFn: (ballot: Ballot) => castVote(portal, ref, ballot, crypto.randomUUID()),
    // A `get` still in flight must not land after the vote and overwrite it.
    onMutate: () => queryClient.cancelQueries({ queryKey }),
    // `vote` answers with the whole poll: render from it, nothing to refetch.
    onSuccess: (poll) => queryClient.setQueryData(queryKey, poll),
    // Refused or failed: the server is the truth, so re-read it.
    onError: () => queryClient.invalidateQueries({ queryKey }),
  })
}
