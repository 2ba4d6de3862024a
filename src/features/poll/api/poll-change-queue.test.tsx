import { QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, test } from 'vitest'
import { createQueryClient } from '@/app/query-client'
import { deferred, fakePortal, type FakePortal } from '@/testing/fake-portal'
import { votedAttach, withdrawnAttach } from '@/testing/fixtures/attach'
import { PollProvider } from '../poll-context'
import { useCastVote } from './cast-vote'
import { usePoll } from './get-poll'
import { useRecallVote } from './recall-vote'

const pollRef = { messageId: 13 }

/** The poll and both changes, as the poll's components use them. */
function renderPollHooks(portal: FakePortal) {
  const queryClient = createQueryClient()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <PollProvider portal={portal} pollRef={pollRef}>
        {children}
      </PollProvider>
    </QueryClientProvider>
  )
  const { result } = renderHook(
    () => ({ poll: usePoll(), vote: useCastVote(), withdraw: useRecallVote() }),
    { wrapper },
  )
  return { result, queryClient }
}

describe('changes to one poll', () => {
  test('a read still on its way when a withdrawal starts does not bring the vote back', async () => {
    let reads = 0
    const heldRead = deferred<unknown>()
    const portal = fakePortal({
      'vote.AttachedVote.get': () =>
        reads++ === 0 ? { attach: votedAttach() } : heldRead.promise,
      'vote.AttachedVote.recall': () => ({ attach: withdrawnAttach() }),
    })
    const { result, queryClient } = renderPollHooks(portal)
    await waitFor(() => {
      expect(result.current.poll.data?.isVoted).toBe(true)
    })

    act(() => {
      void queryClient.refetchQueries()
    })
    await waitFor(() => {
      expect(reads).toBe(2)
    })
    await act(() => result.current.withdraw.mutateAsync(undefined))
    heldRead.resolve({ attach: votedAttach() })

    await waitFor(() => {
      expect(result.current.poll.isFetching).toBe(false)
    })
    expect(result.current.poll.data?.isVoted).toBe(false)
  })

  test('two changes started together reach the portal one after the other', async () => {
    const recall = deferred<unknown>()
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.recall': () => recall.promise,
      'vote.AttachedVote.vote': () => ({ attach: votedAttach() }),
    })
    const { result } = renderPollHooks(portal)
    await waitFor(() => {
      expect(result.current.poll.data).toBeDefined()
    })
    const changes = () => portal.calls.map((call) => call.method).slice(1)

    act(() => {
      result.current.withdraw.mutate(undefined)
      result.current.vote.mutate({ '1': ['1'] })
    })
    await waitFor(() => {
      expect(changes()).toEqual(['vote.AttachedVote.recall'])
    })
    recall.resolve({ attach: withdrawnAttach() })

    await waitFor(() => {
      expect(changes()).toEqual(['vote.AttachedVote.recall', 'vote.AttachedVote.vote'])
    })
  })
})
