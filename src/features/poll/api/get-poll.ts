import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Portal } from '@/lib/portal'
import { resultsView, type Poll, type PollRef } from '../poll'
import { usePollContext } from '../poll-context'
import { pieChart } from '../lazy-parts'
import { readyToShow } from '../poll-text/sanitizer'
import { attachOf, parseAttach } from './attach-payload'
import { addressOf, pollKey } from './poll-address'

/** `vote.AttachedVote.get`: the poll as the current user sees it. */
export async function getPoll(portal: Portal, ref: PollRef): Promise<Poll> {
  const result = await portal.callMethod('vote.AttachedVote.get', addressOf(ref))
  return pollToShow(attachOf(result))
}

/**
 * The poll in an answer's `attach`, once what it needs on screen is loaded:
 * the read and every change's answer go through here.
 */
export async function pollToShow(attach: unknown): Promise<Poll> {
  const poll = parseAttach(attach)
  await preloadFor(poll)
  return poll
}

/**
 * Resolves once the code that shows the poll whole is loaded: the sanitiser
 * for HTML texts and the donut's chunk for a circle diagram, so no poll
 * appears without them.
 */
async function preloadFor(poll: Poll): Promise<void> {
  const drawsDonut =
    resultsView(poll) === 'shown' && poll.questions.some((q) => q.chart === 'pie')
  await Promise.all([
    readyToShow(poll),
    // A failed download fails the donut where it is drawn, not the poll's read.
    drawsDonut && pieChart.preload().catch(() => undefined),
  ])
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
