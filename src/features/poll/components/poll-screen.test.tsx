import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { fakePortal, restError } from '../../../testing/fake-portal'
import {
  noRevoteAttach,
  votedAttach,
  withdrawnAttach,
} from '../../../testing/fixtures/attach'
import { renderPollScreen } from '../../../testing/render'

const pollRef = { messageId: 13 }

function meter(name: string) {
  return screen.getByRole('meter', { name })
}

describe('the poll screen', () => {
  test('shows every answer with its count and share, and marks my answer', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    })
    renderPollScreen(portal, pollRef)

    const question = await screen.findByRole('group', { name: 'How are you?' })
    const great = within(question).getByRole('meter', { name: 'Great!' })
    expect(great).toHaveAttribute('aria-valuemin', '0')
    expect(great).toHaveAttribute('aria-valuenow', '1')
    expect(great).toHaveAttribute('aria-valuemax', '1')
    expect(great).toHaveAttribute('aria-valuetext', '1\u00a0vote, 100%, your answer')
    expect(great).toHaveTextContent('Your answer')
    expect(great).toHaveTextContent('1 vote · 100%')
    expect(meter('Best of all!')).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')
    expect(meter('Best of all!')).not.toHaveTextContent('Your answer')
    expect(screen.getByText(/1 person voted/)).toBeInTheDocument()
    expect(portal.calls).toHaveLength(1)
  })

  test('withdrawing my vote re-renders from the recall response and says so', async () => {
    const user = userEvent.setup()
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.recall': () => ({ attach: withdrawnAttach() }),
    })
    renderPollScreen(portal, pollRef)

    await user.click(await screen.findByRole('button', { name: 'Withdraw vote' }))

    await waitFor(() => {
      expect(meter('Great!')).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')
    })
    expect(screen.queryByText('Your answer')).not.toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: 'Withdraw vote' }),
    ).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Your vote was withdrawn.')
    expect(screen.getByText('You haven’t voted in this poll.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus()
    expect(portal.calls.map((call) => call.method)).toEqual([
      'vote.AttachedVote.get',
      'vote.AttachedVote.recall',
    ])
    expect(portal.calls[1]?.params.actionUuid).toEqual(expect.any(String))
  })

  test('each withdrawal sends its own action id', async () => {
    const user = userEvent.setup()
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.recall': () => {
        throw restError('INTERNAL_SERVER_ERROR', 'Internal server error', 500)
      },
    })
    renderPollScreen(portal, pollRef)
    const button = await screen.findByRole('button', { name: 'Withdraw vote' })

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
    const user = userEvent.setup()
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.recall': () => [],
    })
    renderPollScreen(portal, pollRef)

    await user.click(await screen.findByRole('button', { name: 'Withdraw vote' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bitrix24 didn’t withdraw your vote.',
    )
    await waitFor(() => {
      expect(portal.calls.map((call) => call.method)).toEqual([
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
    const user = userEvent.setup()
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: noRevoteAttach() }),
    })
    renderPollScreen(portal, pollRef)

    const button = await screen.findByRole('button', { name: 'Withdraw vote' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription(
      'You can’t withdraw your vote: this poll doesn’t allow changing votes.',
    )
    await user.click(button)
    expect(portal.calls).toHaveLength(1)
  })

  test('when the poll is finished the button is disabled and says why', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({
        attach: votedAttach({ isFinished: true, canRevote: false }),
      }),
    })
    renderPollScreen(portal, pollRef)

    const button = await screen.findByRole('button', { name: 'Withdraw vote' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription(
      'You can’t withdraw your vote: this poll has ended.',
    )
    expect(screen.getByText(/Poll ended/)).toBeInTheDocument()
  })

  test('without my vote there is nothing to withdraw', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
    })
    renderPollScreen(portal, pollRef)

    expect(await screen.findByText('You haven’t voted in this poll.')).toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: 'Withdraw vote' }),
    ).not.toBeInTheDocument()
    expect(meter('Great!')).toHaveAttribute('aria-valuemax', '1')
    expect(screen.getByText(/Nobody has voted yet/)).toBeInTheDocument()
  })

  test('a message without a poll says so', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => {
        throw restError('ATTACH_NOT_FOUND', 'Attach not found')
      },
    })
    renderPollScreen(portal, pollRef)

    expect(await screen.findByRole('alert')).toHaveTextContent('This message has no poll')
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })

  test.each([
    ['its code', 'ATTACH_READ_ACCESS_DENIED', 'Attach read access denied'],
    ['its description only', '0', 'Attach read access denied'],
  ])('a poll I may not read says so, recognised by %s', async (_, code, description) => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => {
        throw restError(code, description)
      },
    })
    renderPollScreen(portal, pollRef)

    expect(await screen.findByRole('alert')).toHaveTextContent('You can’t see this poll')
  })

  test('any other failure offers a retry that loads the poll', async () => {
    const user = userEvent.setup()
    let failures = 1
    const portal = fakePortal({
      'vote.AttachedVote.get': () => {
        if (failures-- > 0)
          throw restError('INTERNAL_SERVER_ERROR', 'Internal server error', 500)
        return { attach: votedAttach() }
      },
    })
    renderPollScreen(portal, pollRef)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The poll couldn’t be loaded')
    expect(alert).toHaveTextContent('Error code: INTERNAL_SERVER_ERROR')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))

    expect(await screen.findByRole('meter', { name: 'Great!' })).toBeInTheDocument()
  })

  test('poll data that cannot be read is reported, not rendered blank', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: { ID: 'x' } }),
    })
    renderPollScreen(portal, pollRef)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bitrix24 sent poll data the app couldn’t read.',
    )
  })

  test('HTML answers show their text, never their markup', async () => {
    const attach = noRevoteAttach()
    const questions = attach.QUESTIONS as Record<
      string,
      { ANSWERS: Record<string, object> }
    >
    const answers = questions['1']?.ANSWERS ?? {}
    answers['1'] = {
      ...answers['1'],
      MESSAGE: '<b>first</b> <img src=x onerror="alert(1)">option',
    }
    const portal = fakePortal({ 'vote.AttachedVote.get': () => ({ attach }) })
    renderPollScreen(portal, pollRef)

    expect(await screen.findByRole('meter', { name: 'first option' })).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })
})
