import { screen, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { deferred } from '@/testing/fake-portal'
import { votedAttach, withdrawnAttach } from '@/testing/fixtures/attach'
import { openPollScreen } from '@/testing/render'

describe('one change at a time', () => {
  /** My vote on screen, with a `recall` or `vote` held until the test releases it. */
  async function votedPollHolding(method: 'recall' | 'vote') {
    const held = deferred<unknown>()
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      [`vote.AttachedVote.${method}`]: () => held.promise,
    })
    const withdraw = await screen.findByRole('button', { name: 'Withdraw my vote' })
    return { user, held, portal, withdraw }
  }

  test('the withdraw button is busy while the withdrawal is in flight and a double click sends one recall', async () => {
    const { user, held, portal, withdraw } = await votedPollHolding('recall')

    await user.dblClick(withdraw)
    await user.click(withdraw)

    expect(withdraw).toHaveAttribute('aria-disabled', 'true')
    expect(withdraw).toHaveAttribute('aria-busy', 'true')
    held.resolve({ attach: withdrawnAttach() })
    await screen.findByText('Your vote was withdrawn.')
    expect(
      portal.calls.filter((call) => call.method === 'vote.AttachedVote.recall'),
    ).toHaveLength(1)
  })

  test('while a withdrawal is on its way, Change vote waits', async () => {
    const { user, held: recall, withdraw } = await votedPollHolding('recall')
    await user.click(withdraw)

    const change = screen.getByRole('button', { name: 'Change vote' })
    await waitFor(() => {
      expect(change).toHaveAttribute('aria-disabled', 'true')
    })
    await user.click(change)

    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    recall.resolve({ attach: withdrawnAttach() })
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument()
  })

  test('while a vote is on its way, the ballot cannot be sent again nor cancelled', async () => {
    const { user, portal } = await votedPollHolding('vote')
    await user.click(screen.getByRole('button', { name: 'Change vote' }))
    await user.click(screen.getByRole('radio', { name: 'Best of all!' }))

    const save = screen.getByRole('button', { name: 'Save vote' })
    await user.dblClick(save)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(
      portal.calls.filter((call) => call.method === 'vote.AttachedVote.vote'),
    ).toHaveLength(1)
    expect(screen.getByRole('radio', { name: 'Best of all!' })).toBeChecked()
  })
})
