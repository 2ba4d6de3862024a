import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { votesSent } from '@/testing/fake-portal'
import {
  finishedFlags,
  votedAttach,
  votedForAttach,
  withdrawnAttach,
} from '@/testing/fixtures/attach'
import { openPollScreen } from '@/testing/render'

describe('changing my vote', () => {
  test('opens the ballot with my answers chosen and saves the new one', async () => {
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.vote': () => ({ attach: votedForAttach(['3']) }),
    })

    await user.click(await screen.findByRole('button', { name: 'Change vote' }))
    expect(screen.getByRole('radio', { name: 'Great!' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Best of all!' }))
    await user.click(screen.getByRole('button', { name: 'Save vote' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Your vote was changed.')
    expect(screen.getByRole('meter', { name: 'Best of all!' })).toHaveAttribute(
      'aria-valuetext',
      '1\u00a0vote, 100%, your answer',
    )
    expect(votesSent(portal)[0]?.params.ballot).toEqual({ '1': ['3'] })
  })

  test('what was said about the last action goes with the next one', async () => {
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
      'vote.AttachedVote.vote': () => ({ attach: votedForAttach(['1']) }),
    })
    await user.click(await screen.findByRole('radio', { name: 'Great!' }))
    await user.click(screen.getByRole('button', { name: 'Vote' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Your vote was counted.')

    await user.click(screen.getByRole('button', { name: 'Change vote' }))

    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  test('cancelling returns to the results with focus on Change vote', async () => {
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    })

    await user.click(await screen.findByRole('button', { name: 'Change vote' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Change vote' })).toHaveFocus()
    expect(votesSent(portal)).toHaveLength(0)
  })

  test('closes the ballot when a fresh read shows the poll finished meanwhile', async () => {
    let finished = false
    const { user, queryClient } = openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: votedAttach(finished ? finishedFlags : {}),
      }),
    })
    await user.click(await screen.findByRole('button', { name: 'Change vote' }))
    expect(screen.getAllByRole('radio')).toHaveLength(3)

    finished = true
    await act(() => queryClient.refetchQueries())

    await waitFor(() => {
      expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    })
    expect(screen.getByText(/Poll ended/)).toBeInTheDocument()
  })

  test('a refused change that removed my earlier vote says so', async () => {
    let voted = true
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: voted ? votedAttach() : withdrawnAttach(),
      }),
      'vote.AttachedVote.vote': () => {
        voted = false
        return []
      },
    })

    await user.click(await screen.findByRole('button', { name: 'Change vote' }))
    await user.click(screen.getByRole('radio', { name: 'Best of all!' }))
    await user.click(screen.getByRole('button', { name: 'Save vote' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bitrix24 didn’t accept your new vote and removed your earlier one.',
    )
  })

  test('is not offered when the poll does not allow changing votes', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: votedAttach({ canRevote: false, OPTIONS: 0 }),
      }),
    })

    await screen.findByRole('button', { name: 'Withdraw my vote' })
    expect(screen.queryByRole('button', { name: 'Change vote' })).not.toBeInTheDocument()
  })
})
