import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Portal } from '../../../lib/portal'
import type { Poll, PollRef } from '../poll'
import { usePollContext } from '../poll-context'
import { attachOf, pollToShow } from './attach-payload'
import { addressOf, pollKey } from './poll-address'

/** `vote.AttachedVote.get`: the poll as the current user sees it. */
export async function getPoll(portal: Portal, ref: PollRef): Promise<Poll> {
  const result = await portal.callMethod('vote.AttachedVote.get', addressOf(ref))
  return pollToShow(attachOf(result))
}

export function getPollQueryOptions(portal: Portal, ref: PollRef) {
  return queryOptions({
    queryKey: pollKey(ref),
    queryFn: () => getPoll(portal, ref),
  })
}

/** The poll of the surrounding `PollProvider`. */
export function usePoll() {
  const { portal, pollRef } = usePollContext()
  return useQuery(getPollQueryOptions(portal, pollRef))
}
