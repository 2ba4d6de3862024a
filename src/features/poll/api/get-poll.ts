import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Portal } from '@/lib/portal'
import type { Poll, PollRef } from '../poll'
import { usePollContext } from '../poll-context'
import { preloadFor } from '../lazy-parts'
import { attachOf, parseAttach } from './attach-payload'
import { addressOf, pollKey } from './poll-address'

/** `vote.AttachedVote.get`: the poll as the current user sees it. */
export async function getPoll(portal: Portal, ref: PollRef): Promise<Poll> {
  const result = await portal.callMethod('vote.AttachedVote.get', addressOf(ref))
  return pollToShow(attachOf(result))
}

/**
 * The poll in an answer's `attach`, once what it needs on screen is loaded:
 * the query function and the changes' answers alike go through here.
 */
export async function pollToShow(attach: unknown): Promise<Poll> {
  const poll = parseAttach(attach)
  await preloadFor(poll)
  return poll
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
