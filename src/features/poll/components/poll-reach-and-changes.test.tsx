import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { deferred, restError } from '../../../testing/fake-portal'
import {
  onlyQuestion,
  votedAttach,
  withdrawnAttach,
} from '../../../testing/fixtures/attach'
import { openPollScreen } from '../../../testing/render'

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
  ])('a poll %s gives way on the next read', async (_, error, title) => {
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

test('a vote refused with the docs’ "400" is told as a refusal, not as a connection problem', async () => {
  const { user } = openPollScreen({
    'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
    'vote.AttachedVote.vote': () => {
      throw restError('400', 'Cannot save poll.')
    },
  })

  await user.click(await screen.findByRole('radio', { name: 'Great!' }))
  await user.click(screen.getByRole('button', { name: 'Vote' }))

  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Bitrix24 didn’t accept your vote.',
  )
})

describe('results the author hid', () => {
  const hiddenAttach = (canEdit: boolean) => votedAttach({ OPTIONS: 1 | 2, canEdit })

  test('a member sees the answers and their own choice, but no counts, shares or voters', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: hiddenAttach(false) }),
    })

    const question = await screen.findByRole('group', { name: 'How are you?' })
    expect(within(question).queryByRole('meter')).not.toBeInTheDocument()
    const [great, best] = within(question).getAllByRole('listitem')
    expect(great).toHaveTextContent('Great!Your answer')
    expect(best).not.toHaveTextContent('Your answer')
    expect(question).not.toHaveTextContent(/vote|%/)
    expect(screen.getByText(/The author hid the results/)).toBeInTheDocument()
    expect(screen.queryByText(/person voted|people voted/)).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Who voted/ })).not.toBeInTheDocument()
  })

  test('the author sees the results', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: hiddenAttach(true) }),
    })

    expect(await screen.findByRole('meter', { name: 'Great!' })).toHaveAttribute(
      'aria-valuetext',
      '1\u00a0vote, 100%, your answer',
    )
  })
})

test('a question of multiple selection from a list is answered with checkboxes', async () => {
  const attach = withdrawnAttach()
  onlyQuestion(attach).FIELD_TYPE = '3'
  openPollScreen({ 'vote.AttachedVote.get': () => ({ attach }) })

  expect(await screen.findAllByRole('checkbox')).toHaveLength(3)
})
