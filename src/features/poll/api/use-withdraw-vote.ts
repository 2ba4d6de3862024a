import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Portal } from '../../../lib/portal'
import type { PollRef } from '../poll'
import { pollQueries } from './poll-queries'
import { recallVote } from './vote-api'

export function useWithdrawVote(portal: Portal, ref: PollRef) {
  const queryClient = useQueryClient()
  const { queryKey } = pollQueries.detail(portal, ref)
  return useMutation({
    mutationKey: [...queryKey, 'withdraw'],
    mutationFn: () => recallVote(portal, ref, crypto.randomUUID()),
    // A `get` still in flight must not land after the recall and overwrite it.
    onMutate: () => queryClient.cancelQueries({ queryKey }),
    // `recall` answers with the whole poll: render from it, nothing to refetch.
    onSuccess: (poll) => queryClient.setQueryData(queryKey, poll),
    // Refused or failed: the server is the truth, so re-read it.
    onError: () => queryClient.invalidateQueries({ queryKey }),
  })
}
