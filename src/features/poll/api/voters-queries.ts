import { infiniteQueryOptions } from '@tanstack/react-query'
import type { Portal } from '../../../lib/portal'
import type { Answer, PollRef } from '../poll'
import { pollQueries } from './poll-queries'
import { getAnswerVoters, VOTERS_PAGE_SIZE } from './voters-api'

export const votersQueries = {
  /** Keyed by the answer's count too: when it changes, so does the list. */
  ofAnswer: (portal: Portal, ref: PollRef, answer: Answer) =>
    infiniteQueryOptions({
      queryKey: [
        ...pollQueries.detail(portal, ref).queryKey,
        'voters',
        answer.id,
        answer.votes,
      ] as const,
      queryFn: ({ pageParam }) => getAnswerVoters(portal, ref, answer.id, pageParam),
      initialPageParam: 1,
      getNextPageParam: (lastPage, pages, lastPageParam) => {
        const loaded = pages.reduce((sum, page) => sum + page.length, 0)
        return lastPage.length === VOTERS_PAGE_SIZE && loaded < answer.votes
          ? lastPageParam + 1
          : undefined
      },
    }),
}
