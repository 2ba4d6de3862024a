import { useQuery } from '@tanstack/react-query'
import { getFirstVotersQueryOptions, type FirstVoters } from '../api/get-first-voters'
import { getProfileQueryOptions } from '../api/get-profile'
import type { Me, Poll, ResultsView } from '../poll'
import { usePollContext } from '../poll-context'

interface VoterLookup {
  /** The current user, once known: only asked where they voted. */
  readonly me: Me | undefined
  /** The first voters of every answer, once they and the user are known. */
  readonly firstVoters: FirstVoters | undefined
}

/**
 * Who chose what, for every answer row of the poll on screen at once, where
 * rows name their voters: a public poll whose results the user may see.
 * Who the user is is asked only where they voted, to name them "You".
 */
export function useVoterLookup(poll: Poll, results: ResultsView): VoterLookup {
  const { portal, pollRef } = usePollContext()
  const named = !poll.isAnonymous && results === 'shown' && poll.voterCount > 0
  const firstVoters = useQuery({
    ...getFirstVotersQueryOptions(portal, pollRef, poll),
    enabled: named,
  })
  const profile = useQuery({
    ...getProfileQueryOptions(portal),
    enabled: named && poll.isVoted,
  })
  // A failed profile leaves the lists as Bitrix24 sent them.
  const meSettled = !poll.isVoted || profile.isSuccess || profile.isError
  return {
    me: profile.data,
    firstVoters: meSettled ? firstVoters.data : undefined,
  }
}
