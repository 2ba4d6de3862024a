import { QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createQueryClient } from '@/app/query-client'
import {
  deferred,
  fakePortal,
  pollCalls,
  restError,
  type FakePortal,
} from '@/testing/fake-portal'
import { votedAttach, withdrawnAttach } from '@/testing/fixtures/attach'
import type { PollRef } from '../poll'
import { PollProvider, usePollBusy } from '../poll-context'
import { useCastVote } from './cast-vote'
import { usePoll } from './get-poll'
import { getProfileQueryOptions } from './get-profile'
import { ANSWER_DEADLINE_MS } from './poll-change'
import { useRecallVote } from './recall-vote'

const pollRef = { messageId: 13 }

afterEach(() => {
  vi.useRealTimers()
})

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
    () => ({
      poll: usePoll(),
      vote: useCastVote(),
      withdraw: useRecallVote(),
      changes: usePollBusy(),
    }),
    { wrapper },
  )
  return { result, queryClient }
}

/**
 * `vote.AttachedVote.get` as it answers around a withdrawal whose outcome is
 * unknown: the vote, then a lost connection on the read that follows the
 * failed recall, then the vote withdrawn.
 */
function secondReadFails() {
  let reads = 0
  return {
    get: () => {
      reads += 1
      if (reads === 2) throw restError('NETWORK_ERROR', 'Network Error', 0)
      return { attach: reads === 1 ? votedAttach() : withdrawnAttach() }
    },
    count: () => reads,
  }
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

describe('while a change is on its way', () => {
  test('every action on the poll is busy, and free again once it is answered', async () => {
    const recall = deferred<unknown>()
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.recall': () => recall.promise,
    })
    const { result } = renderPollHooks(portal)
    await waitFor(() => {
      expect(result.current.poll.data).toBeDefined()
    })
    expect(result.current.changes.busy).toBe(false)
    expect(result.current.changes.isFree()).toBe(true)

    act(() => {
      result.current.withdraw.mutate(undefined)
    })
    await waitFor(() => {
      expect(result.current.changes.busy).toBe(true)
    })
    expect(result.current.changes.isFree()).toBe(false)
    recall.resolve({ attach: withdrawnAttach() })

    await waitFor(() => {
      expect(result.current.changes.busy).toBe(false)
    })
    expect(result.current.changes.isFree()).toBe(true)
  })
})

describe('after a failed change', () => {
  test('the poll shows what the fresh read found, without reading it once more', async () => {
    let reads = 0
    const portal = fakePortal({
      'vote.AttachedVote.get': () =>
        reads++ === 0
          ? { attach: votedAttach() }
          : { attach: votedAttach({ COUNTER: 7 }) },
      'vote.AttachedVote.recall': () => {
        throw restError('INTERNAL_SERVER_ERROR', 'Internal server error', 500)
      },
    })
    const { result } = renderPollHooks(portal)
    await waitFor(() => {
      expect(result.current.poll.data).toBeDefined()
    })

    await act(() => result.current.withdraw.mutateAsync(undefined).catch(() => undefined))

    expect(result.current.poll.data?.voterCount).toBe(7)
    expect(pollCalls(portal)).toEqual([
      'vote.AttachedVote.get',
      'vote.AttachedVote.recall',
      'vote.AttachedVote.get',
    ])
  })

  test('whose outcome is unknown, the poll is read again in the background', async () => {
    const reads = secondReadFails()
    const portal = fakePortal({
      'vote.AttachedVote.get': reads.get,
      'vote.AttachedVote.recall': () => {
        throw restError('REQUEST_TIMEOUT', 'timeout', 408)
      },
    })
    const { result } = renderPollHooks(portal)
    await waitFor(() => {
      expect(result.current.poll.data?.isVoted).toBe(true)
    })

    await act(() => result.current.withdraw.mutateAsync(undefined).catch(() => undefined))

    await waitFor(() => {
      expect(result.current.poll.data?.isVoted).toBe(false)
    })
    expect(reads.count()).toBe(3)
  })
})

test('a change leaves the app’s other reads alone', async () => {
  const profile = deferred<unknown>()
  const timedOut = deferred<undefined>()
  const portal = fakePortal({
    'vote.AttachedVote.get': secondReadFails().get,
    profile: () => profile.promise,
    'vote.AttachedVote.recall': async () => {
      await timedOut.promise
      throw restError('REQUEST_TIMEOUT', 'timeout', 408)
    },
  })
  const { result, queryClient } = renderPollHooks(portal)
  await waitFor(() => {
    expect(result.current.poll.data).toBeDefined()
  })
  const me = queryClient.query(getProfileQueryOptions(portal))

  const withdrawal = result.current.withdraw.mutateAsync(undefined).catch(() => undefined)
  await waitFor(() => {
    expect(pollCalls(portal)).toContain('vote.AttachedVote.recall')
  })
  profile.resolve({ ID: 7, NAME: 'Ivan' })
  await expect(me).resolves.toEqual({ id: 7, name: 'Ivan' })
  timedOut.resolve(undefined)
  await act(() => withdrawal)

  expect(queryClient.getQueryState(['profile'])?.isInvalidated).toBe(false)
})

test('a change on one poll leaves the actions on another poll free', async () => {
  const recall = deferred<unknown>()
  const portal = fakePortal({
    'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    'vote.AttachedVote.recall': () => recall.promise,
  })
  const queryClient = createQueryClient()
  const renderBusy = (ref: PollRef) =>
    renderHook(() => ({ withdraw: useRecallVote(), changes: usePollBusy() }), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={queryClient}>
          <PollProvider portal={portal} pollRef={ref}>
            {children}
          </PollProvider>
        </QueryClientProvider>
      ),
    })
  const { result: first } = renderBusy(pollRef)
  const { result: second } = renderBusy({ messageId: 14 })

  act(() => {
    first.current.withdraw.mutate(undefined)
  })
  await waitFor(() => {
    expect(first.current.changes.busy).toBe(true)
  })

  expect(second.current.changes.busy).toBe(false)
  expect(second.current.changes.isFree()).toBe(true)
  recall.resolve({ attach: withdrawnAttach() })
  await waitFor(() => {
    expect(first.current.changes.busy).toBe(false)
  })
})

test('a change the portal answers after the deadline is read again then', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  const recall = deferred<unknown>()
  let reads = 0
  const portal = fakePortal({
    'vote.AttachedVote.get': () => {
      reads += 1
      return { attach: reads < 3 ? votedAttach() : withdrawnAttach() }
    },
    'vote.AttachedVote.recall': () => recall.promise,
  })
  const { result } = renderPollHooks(portal)
  await waitFor(() => {
    expect(result.current.poll.data?.isVoted).toBe(true)
  })

  act(() => {
    result.current.withdraw.mutate(undefined)
  })
  await act(() => vi.advanceTimersByTimeAsync(ANSWER_DEADLINE_MS))
  await waitFor(() => {
    expect(result.current.withdraw.isError).toBe(true)
  })
  await waitFor(() => {
    expect(reads).toBe(2)
  })
  recall.resolve({ attach: withdrawnAttach() })

  await waitFor(() => {
    expect(result.current.poll.data?.isVoted).toBe(false)
  })
  expect(reads).toBe(3)
})
