import { act, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { deferred, restError, votesSent } from '@/testing/fake-portal'
import { finishedFlags, votedAttach, withdrawnAttach } from '@/testing/fixtures/attach'
import { openPollScreen } from '@/testing/render'
import { UNDO_WINDOW_MS } from './undo-withdrawal'

describe('undoing a withdrawal', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  async function withdraw(votes: () => unknown, { fakeTimers = false } = {}) {
    let voted = true
    let finished = false
    const { user, portal, queryClient } = openPollScreen(
      {
        'vote.AttachedVote.get': () => ({
          attach: voted ? votedAttach() : withdrawnAttach(finished ? finishedFlags : {}),
        }),
        'vote.AttachedVote.recall': () => {
          voted = false
          return { attach: withdrawnAttach() }
        },
        'vote.AttachedVote.vote': votes,
      },
      { user: fakeTimers ? { advanceTimers: vi.advanceTimersByTime.bind(vi) } : {} },
    )
    await user.click(await screen.findByRole('button', { name: 'Withdraw my vote' }))
    const undo = await screen.findByRole('button', { name: 'Undo' })
    return {
      user,
      portal,
      queryClient,
      undo,
      finish: () => {
        finished = true
      },
    }
  }

  // A step at a time: each tick of the countdown renders before the next is set.
  function advance(ms: number) {
    for (let left = ms; left > 0; left -= 100) {
      act(() => {
        vi.advanceTimersByTime(Math.min(left, 100))
      })
    }
  }

  test('stands under the results beside Vote again, says so once and casts the ballot I had again', async () => {
    const { user, portal, undo } = await withdraw(() => ({ attach: votedAttach() }))
    expect(undo).toHaveFocus()
    expect(screen.getByText('Vote withdrawn')).toBeInTheDocument()
    expect(undo).toHaveTextContent('Undo (10)')
    expect(undo).toHaveAccessibleDescription('10\u00a0seconds left to undo')
    expect(screen.getByRole('status')).toHaveTextContent('Your vote was withdrawn.')
    expect(screen.queryByRole('button', { name: 'Vote' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Vote again' })).toBeInTheDocument()

    await user.click(undo)

    expect(await screen.findByRole('status')).toHaveTextContent('Your vote was restored.')
    expect(screen.getByRole('meter', { name: 'Great!' })).toHaveAttribute(
      'aria-valuetext',
      '1\u00a0vote, 100%, your answer',
    )
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
    expect(votesSent(portal)[0]?.params.ballot).toEqual({ '1': ['1'] })
  })

  test('counts its seconds down once the keyboard leaves it, and then leaves the results with Vote again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { user, undo } = await withdraw(() => ({ attach: votedAttach() }), {
      fakeTimers: true,
    })

    await user.tab()
    advance(3_000)
    expect(undo).toHaveTextContent('Undo (7)')
    expect(undo).toHaveAccessibleDescription('7\u00a0seconds left to undo')
    advance(UNDO_WINDOW_MS - 4_000)
    expect(undo).toBeInTheDocument()
    advance(1_000)

    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Vote again' })).toBeInTheDocument()
    expect(screen.getByRole('meter', { name: 'Great!' })).toHaveAttribute(
      'aria-valuetext',
      '0\u00a0votes, 0%',
    )
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  test('after a withdrawal by mouse, runs out by itself and gives focus back to the poll', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { undo } = await withdraw(() => ({ attach: votedAttach() }), {
      fakeTimers: true,
    })
    expect(undo).toHaveFocus()

    advance(UNDO_WINDOW_MS)

    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
  })

  test('stands still while the keyboard is on it, or the pointer over it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { user, undo } = await withdraw(() => ({ attach: votedAttach() }), {
      fakeTimers: true,
    })

    await user.tab()
    await user.tab({ shift: true })
    expect(undo).toHaveFocus()
    const onFocus = undo.textContent
    advance(60_000)
    expect(undo).toHaveTextContent(onFocus)

    await user.hover(undo)
    await user.tab()
    const onHover = undo.textContent
    advance(60_000)
    expect(undo).toHaveTextContent(onHover)

    await user.unhover(undo)
    advance(UNDO_WINDOW_MS)
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
  })

  test('Escape dismisses it and gives focus back to the poll', async () => {
    const { user } = await withdraw(() => ({ attach: votedAttach() }))

    await user.keyboard('{Escape}')

    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Vote again' })).toBeInTheDocument()
  })

  test('Vote again dismisses it and opens the ballot, which Cancel closes', async () => {
    const { user } = await withdraw(() => ({ attach: votedAttach() }))

    await user.click(screen.getByRole('button', { name: 'Vote again' }))

    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    await user.click(screen.getByRole('radio', { name: 'Better than anyone!' }))
    expect(screen.getByRole('button', { name: 'Vote' })).toHaveAttribute(
      'aria-disabled',
      'false',
    )
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: 'Vote again' })).toHaveFocus()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
  })

  test('is withdrawn once the poll shows I voted again elsewhere', async () => {
    const { user, queryClient } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.recall': () => ({ attach: withdrawnAttach() }),
    })
    await user.click(await screen.findByRole('button', { name: 'Withdraw my vote' }))
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument()

    await act(() => queryClient.refetchQueries())

    await waitFor(() => {
      expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    })
  })

  test('goes once a fresh read shows the poll finished, focus returning to the poll', async () => {
    const { portal, queryClient, finish } = await withdraw(() => ({
      attach: votedAttach(),
    }))

    finish()
    await act(() => queryClient.refetchQueries())

    await waitFor(() => {
      expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    })
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
    expect(screen.getByText(/Poll ended/)).toBeInTheDocument()
    expect(votesSent(portal)).toHaveLength(0)
  })

  test('stays past its ten seconds while its vote is on its way', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const vote = deferred<unknown>()
    const { user, undo } = await withdraw(() => vote.promise, { fakeTimers: true })

    await user.click(undo)
    // Neither the pointer nor the keyboard holds it: only the vote on its way does.
    await user.unhover(undo)
    await user.tab()
    advance(UNDO_WINDOW_MS)
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute(
      'aria-busy',
      'true',
    )
    vote.resolve({ attach: votedAttach() })

    expect(await screen.findByRole('status')).toHaveTextContent('Your vote was restored.')
  })

  test('says clearly when the poll has finished in the meantime', async () => {
    const { user, undo, finish } = await withdraw(() => {
      finish()
      throw restError('403', 'The poll is inactive.', 400)
    })

    await user.click(undo)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your vote can’t be restored: the poll has ended.',
    )
  })

  test('says clearly when the poll no longer accepts the vote', async () => {
    const { user, undo } = await withdraw(() => [])

    await user.click(undo)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your vote can’t be restored: the poll no longer accepts it.',
    )
  })
})
