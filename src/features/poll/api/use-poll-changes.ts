import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query'
import type { Portal } from '../../../lib/portal'
import { useHydrated } from '../../../lib/use-hydrated'
import type { Poll, PollRef } from '../poll'
import { ChangeFailedError } from './confirm-change'
import { pollQueries } from './poll-queries'

/**
 * One change to a poll at a time: a vote, a change of vote, a withdrawal or
 * an undo. Bitrix24 locks a user's ballot while it writes it
 * (bitrix/modules/vote/lib/user.php), and whichever answer arrived last
 * would win on screen. `busy` disables every action while a change is on
 * its way, and in the poll the server painted until React has taken it over
 * (its buttons do nothing before); `isFree()` turns away a second change
 * before that has rendered, as after a fast double click.
 */
export function usePollBusy(portal: Portal, ref: PollRef) {
  const queryClient = useQueryClient()
  const { queryKey } = pollQueries.detail(portal, ref)
  const hydrated = useHydrated()
  const changing = useIsMutating({ mutationKey: queryKey }) > 0
  return {
    busy: !hydrated || changing,
    isFree: () => queryClient.isMutating({ mutationKey: queryKey }) === 0,
  }
}

/**
 * A change to the poll whose answer (or a failed attempt's fresh read) is
 * the poll to render. Changes of one poll queue in one scope.
 */
export function usePollChange<Variables>(
  portal: Portal,
  ref: PollRef,
  kind: string,
  change: (variables: Variables, onLateAnswer: () => void) => Promise<Poll>,
) {
  const queryClient = useQueryClient()
  const { queryKey } = pollQueries.detail(portal, ref)
  const reread = () => queryClient.invalidateQueries({ queryKey })
  return useMutation({
    mutationKey: [...queryKey, kind],
    scope: { id: JSON.stringify(queryKey) },
    mutationFn: (variables: Variables) => change(variables, () => void reread()),
    // A `get` still in flight must not land after the change and overwrite it.
    onMutate: () => queryClient.cancelQueries({ queryKey }),
    // The poll as the portal has it now: render from it, nothing to refetch.
    onSuccess: (poll) => queryClient.setQueryData(queryKey, poll),
    onError: (error) => {
      if (error instanceof ChangeFailedError) {
        queryClient.setQueryData(queryKey, error.poll)
        return
      }
      // Unknown, or out of reach: read again in the background, not awaited,
      // so the user hears at once. The screen catches up once the portal
      // answers, or gives way to the poll being gone.
      void reread()
    },
  })
}
