import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { deferred } from '@/testing/fake-portal'
import { votedAttach, votedForAttach, withdrawnAttach } from '@/testing/fixtures/attach'
import { openPollScreen } from '@/testing/render'
import { createQueryClient, POLL_FRESH_MS, watchFrameFocus } from './query-client'

function leaveAndComeBack() {
  act(() => {
    window.dispatchEvent(new Event('blur'))
    window.dispatchEvent(new Event('focus'))
  })
}

describe('fresh numbers', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  test('the poll is read again when the frame regains focus, at most once per 30 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] })
    watchFrameFocus()
    let reads = 0
    openPollScreen({
      'vote.AttachedVote.get': () => {
        reads += 1
        return { attach: reads === 1 ? votedAttach() : votedForAttach(['3']) }
      },
    })
    const great = await screen.findByRole('meter', { name: 'Great!' })

    leaveAndComeBack()
    expect(reads).toBe(1)

    vi.setSystemTime(Date.now() + POLL_FRESH_MS + 1)
    leaveAndComeBack()

    // The numbers change in place: the meter never leaves the screen.
    await vi.waitFor(() => {
      expect(great).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')
    })
    expect(great).toBeInTheDocument()
    expect(screen.queryByRole('status')).toHaveTextContent('')
    expect(reads).toBe(2)
  })

  test('coming back while a withdrawal is on its way does not read the poll, whose answer could undo it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] })
    watchFrameFocus()
    const recall = deferred<unknown>()
    let reads = 0
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => {
        reads += 1
        return { attach: votedAttach() }
      },
      'vote.AttachedVote.recall': () => recall.promise,
    })
    await user.click(await screen.findByRole('button', { name: 'Withdraw my vote' }))

    vi.setSystemTime(Date.now() + POLL_FRESH_MS + 1)
    leaveAndComeBack()
    recall.resolve({ attach: withdrawnAttach() })

    expect(await screen.findByText('Your vote was withdrawn.')).toBeInTheDocument()
    expect(reads).toBe(1)
  })

  test('a read that failed and left nothing on screen waits for Retry when the frame regains focus', async () => {
    const queryClient = createQueryClient()
    await queryClient
      .query({
        queryKey: ['failed'],
        queryFn: () => Promise.reject(new Error('offline')),
      })
      .catch(() => undefined)
    await queryClient.query({ queryKey: ['shown'], queryFn: () => 'poll' })
    const [failed, shown] = [['failed'], ['shown']].map((queryKey) => {
      const query = queryClient.getQueryCache().find({ queryKey })
      if (!query) throw new Error(`no query ${queryKey.join()}`)
      return query
    })
    const { refetchOnWindowFocus } = queryClient.getDefaultOptions().queries ?? {}
    if (typeof refetchOnWindowFocus !== 'function') throw new Error('a rule is expected')

    expect(failed && refetchOnWindowFocus(failed)).toBe(false)
    expect(shown && refetchOnWindowFocus(shown)).toBe(true)
  })
})
