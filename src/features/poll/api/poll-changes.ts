import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query'
import { useHydrated } from '../../../lib/use-hydrated'
import type { Poll } from '../poll'
import { usePollContext } from '../poll-context'
import { ChangeFailedError } from './confirm-change'
import { pollKey } from './poll-address'

/**
 * One change to a poll at a time: a vote, a change of vote, a withdrawal or
 * an undo. Bitrix24 locks a user's ballot while it writes it
 * (bitrix/modules/vote/lib/user.php), and whichever answer arrived last
 * would win on screen. `busy` disables every action while a change is on
 * its way, and in the poll the server painted until React has taken it over
 * (its buttons do nothing before); `isFree()` turns away a second change
 * before that has rendered, as after a fast double click. Every action on
 * the poll asks this hook.
 */
export function usePollBusy() {
  const queryClient = useQueryClient()
  const mutationKey = pollKey(usePollContext().pollRef)
  const hydrated = useHydrated()
  const changing = useIsMutating({ mutationKey }) > 0
  return {
    busy: !hydrated || changing,
    isFree: () => queryClient.isMutating({ mutationKey }) === 0,
  }
}

/**
 * A change to the poll whose answer (or a failed attempt's fresh read) is
 * the poll to render. Changes of one poll queue in one scope.
 */
export function usePollChange<Variables>(
  kind: string,
  change: (variables: Variables, onLateAnswer: () => void) => Promise<Poll>,
) {
  const queryClient = useQueryClient()
  const queryKey = pollKey(usePollContext().pollRef)
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
