import { act, screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { restError } from '@/testing/fake-portal'
import { votedAttach } from '@/testing/fixtures/attach'
import { openPollScreen } from '@/testing/render'

describe('a poll that goes out of reach while it is open', () => {
  test.each([
    [
      'deleted with its message',
      restError('ATTACH_NOT_FOUND', 'Attach not found'),
      'This message has no poll',
    ],
    [
      'no longer readable after leaving the chat',
      restError('', 'Attach read access denied'),
      'You can’t see this poll',
    ],
  ])('a poll %s is replaced by a notice on the next read', async (_, error, title) => {
    let gone = false
    const { queryClient } = openPollScreen({
      'vote.AttachedVote.get': () => {
        if (gone) throw error
        return { attach: votedAttach() }
      },
    })
    await screen.findByRole('meter', { name: 'Great!' })

    gone = true
    await act(() => queryClient.refetchQueries())

    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument()
    expect(screen.queryByRole('meter')).not.toBeInTheDocument()
  })

  test('a withdrawal from a deleted poll ends on the screen that says so, not on "try again"', async () => {
    let gone = false
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => {
        if (gone) throw restError('ATTACH_NOT_FOUND', 'Attach not found')
        return { attach: votedAttach() }
      },
      'vote.AttachedVote.recall': () => {
        gone = true
        throw restError('ATTACH_NOT_FOUND', 'Attach not found')
      },
    })

    await user.click(await screen.findByRole('button', { name: 'Withdraw my vote' }))

    expect(
      await screen.findByRole('heading', { name: 'This message has no poll' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })
})
