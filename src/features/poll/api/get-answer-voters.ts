import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import * as v from 'valibot'
import type { Portal } from '@/lib/portal'
import type { Answer, PollRef, Voter } from '../poll'
import { usePollContext } from '../poll-context'
import { InvalidPayloadError } from './attach-payload'
import { addressOf, pollKey } from './poll-address'
import { toVoter, voterPayload } from './voter-payload'

/**
 * `vote.AttachedVote.getAnswerVoted`: who chose an answer, a page at a time.
 * Bitrix24 pages REST lists by `start`, 50 rows each; the docs show
 * `pageNavigation` instead, so both are sent, and they agree (e2e/portal/FIDELITY.md,
 * "Voters, lists and export").
 */
export const VOTERS_PAGE_SIZE = 50

const votersPayload = v.object({ items: v.array(voterPayload) })

export async function getAnswerVoters(
  portal: Portal,
  ref: PollRef,
  answerId: string,
  page: number,
): Promise<Voter[]> {
  const result = await portal.callMethod('vote.AttachedVote.getAnswerVoted', {
    ...addressOf(ref),
    answerId: Number(answerId),
    pageNavigation: { pageSize: VOTERS_PAGE_SIZE, currentPage: page },
    start: (page - 1) * VOTERS_PAGE_SIZE,
  })
  const parsed = v.safeParse(votersPayload, result)
  if (!parsed.success) throw new InvalidPayloadError(parsed.issues)
  return parsed.output.items.map((item) => toVoter(item, portal.origin))
}

/** Keyed by the answer's count too: when it changes, so does the list. */
export function getAnswerVotersQueryOptions(
  portal: Portal,
  ref: PollRef,
  answer: Answer,
) {
  return infiniteQueryOptions({
    queryKey: [...pollKey(ref), 'voters', answer.id, answer.votes] as const,
    queryFn: ({ pageParam }) => getAnswerVoters(portal, ref, answer.id, pageParam),
    initialPageParam: 1,
    getNextPageParam: (lastPage, pages, lastPageParam) => {
      const loaded = pages.reduce((sum, page) => sum + page.length, 0)
      return lastPage.length === VOTERS_PAGE_SIZE && loaded < answer.votes
        ? lastPageParam + 1
        : undefined
    },
  })
}

/** Who chose `answer` in the poll of the surrounding `PollProvider`. */
export function useAnswerVoters(answer: Answer) {
  const { portal, pollRef } = usePollContext()
  return useInfiniteQuery(getAnswerVotersQueryOptions(portal, pollRef, answer))
}
