import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { pollCalls, restError } from '../../../testing/fake-portal'
import { votedAttach, withdrawnAttach } from '../../../testing/fixtures/attach'
import { openPollScreen } from '../../../testing/render'

describe('withdrawing when something goes wrong', () => {
  test('a poll finished while open explains why the vote stays and shows the fresh state', async () => {
    let reads = 0
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: votedAttach(reads++ === 0 ? {} : { isFinished: true, canRevote: false }),
      }),
      'vote.AttachedVote.recall': () => {
        throw restError('403', 'The poll is inactive.')
      },
    })

    await user.click(await screen.findByRole('button', { name: 'Withdraw my vote' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your vote wasn’t withdrawn: the poll ended while it was open here.',
    )
    expect(
      screen.getByRole('button', { name: 'Withdraw my vote' }),
    ).toHaveAccessibleDescription('You can’t withdraw your vote: this poll has ended.')
    expect(screen.getByText(/Poll ended/)).toBeInTheDocument()
  })

  test('a lost answer to a recall that went through is reported as a withdrawal', async () => {
    let reads = 0
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: reads++ === 0 ? votedAttach() : withdrawnAttach(),
      }),
      'vote.AttachedVote.recall': () => {
        throw restError('NETWORK_ERROR', 'Network Error', 0)
      },
    })

    await user.click(await screen.findByRole('button', { name: 'Withdraw my vote' }))

    expect(await screen.findByText('Your vote was withdrawn.')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument()
  })

  test('when neither the recall nor the re-read get through, the outcome is called unknown and a retry is offered', async () => {
    let reads = 0
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => {
        if (reads++ === 0) return { attach: votedAttach() }
        throw restError('NETWORK_ERROR', 'Network Error', 0)
      },
      'vote.AttachedVote.recall': () => {
        throw restError('NETWORK_ERROR', 'Network Error', 0)
      },
    })

    await user.click(await screen.findByRole('button', { name: 'Withdraw my vote' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'Couldn’t reach Bitrix24 to confirm your vote was withdrawn.',
    )
    await user.click(within(alert).getByText('Details'))
    expect(within(alert).getByText('Error code: NETWORK_ERROR')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Withdraw my vote' })).toHaveAttribute(
      'aria-disabled',
      'false',
    )
    // It keeps trying to learn the truth in the background.
    await waitFor(() => {
      expect(pollCalls(portal)).toEqual([
        'vote.AttachedVote.get',
        'vote.AttachedVote.recall',
        'vote.AttachedVote.get',
        'vote.AttachedVote.get',
      ])
    })
  })
})
