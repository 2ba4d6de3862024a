import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Portal } from '../../../lib/portal'
import type { PollRef } from '../poll'
import { pollQueries } from './poll-queries'
import { withdrawVote, WithdrawalFailedError } from './withdraw-vote'

export function useWithdrawVote(portal: Portal, ref: PollRef) {
  const queryClient = useQueryClient()
  const { queryKey } = pollQueries.detail(portal, ref)
  return useMutation({
    mutationKey: [...queryKey, 'withdraw'],
    mutationFn: () => withdrawVote(portal, ref),
    // A `get` still in flight must not land after the recall and overwrite it.
    onMutate: () => queryClient.cancelQueries({ queryKey }),
    // The poll as the portal has it now: render from it, nothing to refetch.
    onSuccess: (poll) => queryClient.setQueryData(queryKey, poll),
    onError: (error) => {
      if (error instanceof WithdrawalFailedError) {
        queryClient.setQueryData(queryKey, error.poll)
        return
      }
      // The outcome is unknown: read again in the background, not awaited,
      // so the user hears at once and the screen catches up when the portal
      // can be reached again.
      void queryClient.invalidateQueries({ queryKey })
    },
  })
}
