import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { pollCalls, restError } from '@/testing/fake-portal'
import {
  noRevoteAttach,
  onlyQuestion,
  votedAttach,
  withdrawnAttach,
} from '@/testing/fixtures/attach'
import { meter, openPollScreen } from '@/testing/render'

describe('withdrawing my vote', () => {
  test('re-renders from the recall response and says so', async () => {
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.recall': () => ({ attach: withdrawnAttach() }),
    })

    await user.click(await screen.findByRole('button', { name: 'Withdraw my vote' }))

    await waitFor(() => {
      expect(meter('Great!')).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')
    })
    expect(screen.queryByText('Your answer')).not.toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: 'Withdraw my vote' }),
    ).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Your vote was withdrawn.')
    // Undo stands where the ballot's Vote button goes.
    expect(await screen.findByRole('button', { name: 'Undo' })).toHaveFocus()
    expect(screen.getByText('Vote withdrawn')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Vote' })).not.toBeInTheDocument()
    expect(pollCalls(portal)).toEqual([
      'vote.AttachedVote.get',
      'vote.AttachedVote.recall',
    ])
    const recall = portal.calls.find((call) => call.method === 'vote.AttachedVote.recall')
    expect(recall?.params.actionUuid).toEqual(expect.any(String))
  })

  test('a member who withdraws keeps the results, counted as the recall answered, with Vote again and Undo below them', async () => {
    const member = { canEdit: false }
    // Someone else chose "Better than anyone!" meanwhile: only the recall's answer says so.
    const afterRecall = withdrawnAttach(member)
    const question = onlyQuestion(afterRecall)
    const best = question.ANSWERS['3'] ?? {}
    best.COUNTER = 1
    best.PERCENT = 100
    question.COUNTER = 1
    afterRecall.COUNTER = 1
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach(member) }),
      'vote.AttachedVote.recall': () => ({ attach: afterRecall }),
    })

    await user.click(await screen.findByRole('button', { name: 'Withdraw my vote' }))

    expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument()
    expect(meter('Better than anyone!')).toHaveAttribute('aria-valuenow', '1')
    expect(meter('Better than anyone!')).toHaveAttribute('aria-valuemax', '1')
    expect(meter('Better than anyone!')).toHaveAttribute(
      'aria-valuetext',
      '1\u00a0vote, 100%',
    )
    expect(meter('Great!')).toHaveAttribute('aria-valuenow', '0')
    expect(meter('Great!')).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')
    expect(screen.queryByText('Your answer')).not.toBeInTheDocument()
    expect(screen.getByText(/1 person voted/)).toBeInTheDocument()
    expect(screen.queryByText(/Vote to see the results/)).not.toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Vote again' })).toBeInTheDocument()
  })

  test('each withdrawal sends its own action id', async () => {
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.recall': () => {
        throw restError('INTERNAL_SERVER_ERROR', 'Internal server error', 500)
      },
    })
    const button = await screen.findByRole('button', { name: 'Withdraw my vote' })

    await user.click(button)
    await screen.findByRole('alert')
    await waitFor(() => {
      expect(button).toHaveAttribute('aria-disabled', 'false')
    })
    await user.click(button)

    await waitFor(() => {
      expect(
        portal.calls.filter((c) => c.method === 'vote.AttachedVote.recall'),
      ).toHaveLength(2)
    })
    const [first, second] = portal.calls
      .filter((call) => call.method === 'vote.AttachedVote.recall')
      .map((call) => call.params.actionUuid)
    expect(first).not.toEqual(second)
  })

  test('a refused withdrawal is reported and the poll is read again', async () => {
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.recall': () => [],
    })

    await user.click(await screen.findByRole('button', { name: 'Withdraw my vote' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bitrix24 didn’t withdraw your vote.',
    )
    await waitFor(() => {
      expect(pollCalls(portal)).toEqual([
        'vote.AttachedVote.get',
        'vote.AttachedVote.recall',
        'vote.AttachedVote.get',
      ])
    })
    expect(meter('Great!')).toHaveAttribute(
      'aria-valuetext',
      '1\u00a0vote, 100%, your answer',
    )
  })

  test('when re-voting is not allowed the button is disabled and says why', async () => {
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: noRevoteAttach() }),
    })

    const button = await screen.findByRole('button', { name: 'Withdraw my vote' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription(
      'You can’t withdraw your vote: this poll doesn’t allow changing votes.',
    )
    await user.click(button)
    expect(pollCalls(portal)).toEqual(['vote.AttachedVote.get'])
  })

  test('when the poll is finished the button is disabled and says why', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: votedAttach({ isFinished: true, canRevote: false }),
      }),
    })

    const button = await screen.findByRole('button', { name: 'Withdraw my vote' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription(
      'You can’t withdraw your vote: this poll has ended.',
    )
    expect(screen.getByText(/Poll ended/)).toBeInTheDocument()
  })

  test('without my vote there is nothing to withdraw', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
    })

    expect(await screen.findByRole('button', { name: 'Vote' })).toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: 'Withdraw my vote' }),
    ).not.toBeInTheDocument()
    expect(meter('Great!')).toHaveAttribute('aria-valuemax', '1')
    expect(screen.getByText(/Nobody has voted yet/)).toBeInTheDocument()
  })
})

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
