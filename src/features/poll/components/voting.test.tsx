import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { loadCatalogue } from '../../../i18n/catalogue'
import { deferred, restError, type FakePortal } from '../../../testing/fake-portal'
import {
  copyOf,
  onlyQuestion,
  votedAttach,
  votedForAttach,
  withdrawnAttach,
} from '../../../testing/fixtures/attach'
import { openPollScreen } from '../../../testing/render'
import { UNDO_WINDOW_MS } from './undo-withdrawal'

function votesSent(portal: FakePortal) {
  return portal.calls.filter((call) => call.method === 'vote.AttachedVote.vote')
}

/** Not voted yet: question 1 required, question 2 multiple choice. */
function twoQuestionAttach() {
  const attach = withdrawnAttach()
  const first = onlyQuestion(attach)
  const second = copyOf(first) as typeof first
  attach.QUESTIONS = {
    '1': { ...first, REQUIRED: 'Y' },
    '2': { ...second, ID: '2', C_SORT: '20', FIELD_TYPE: '1', QUESTION: 'Pick any' },
  }
  return attach
}

/** What a read of a poll shows once it has finished. */
const finishedFlags = { isFinished: true, canVote: false, canRevote: false }

describe('voting', () => {
  test('a single-choice question offers radio buttons and my vote is rendered from the answer', async () => {
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
      'vote.AttachedVote.vote': () => ({ attach: votedForAttach(['1']) }),
    })

    const question = await screen.findByRole('group', { name: 'How are you?' })
    expect(within(question).getAllByRole('radio')).toHaveLength(3)
    await user.click(within(question).getByRole('radio', { name: 'Great!' }))
    await user.click(screen.getByRole('button', { name: 'Vote' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Your vote was counted.')
    expect(screen.getByRole('meter', { name: 'Great!' })).toHaveAttribute(
      'aria-valuetext',
      '1\u00a0vote, 100%, your answer',
    )
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
    const [sent] = votesSent(portal)
    const { actionUuid, ...address } = sent?.params ?? {}
    expect(address).toEqual({
      moduleId: 'im',
      entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
      entityId: 13,
      ballot: { '1': ['1'] },
    })
    expect(actionUuid).toEqual(expect.any(String))
  })

  test('a multiple-choice question offers checkboxes and sends every checked answer', async () => {
    const attach = withdrawnAttach()
    onlyQuestion(attach).FIELD_TYPE = '1'
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach }),
      'vote.AttachedVote.vote': () => ({ attach: votedForAttach(['1', '5']) }),
    })

    await user.click(await screen.findByRole('checkbox', { name: 'Great!' }))
    await user.click(screen.getByRole('checkbox', { name: 'Better than anyone!' }))
    await user.click(screen.getByRole('checkbox', { name: "What's up??" }))
    await user.click(screen.getByRole('checkbox', { name: 'Better than anyone!' }))
    await user.click(screen.getByRole('button', { name: 'Vote' }))

    await screen.findByText('Your vote was counted.')
    expect(votesSent(portal)[0]?.params.ballot).toEqual({ '1': ['1', '5'] })
  })

  test('Vote looks unavailable and says why until an answer is chosen; pressed anyway, it asks for one and sends nothing', async () => {
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
    })
    const vote = await screen.findByRole('button', { name: 'Vote' })
    expect(vote).toHaveAttribute('aria-disabled', 'true')
    expect(vote).toHaveAccessibleDescription('Choose an answer before voting.')

    await user.click(vote)

    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer before voting.')
    expect(screen.getByRole('radio', { name: 'Great!' })).toHaveFocus()
    expect(votesSent(portal)).toHaveLength(0)

    await user.click(screen.getByRole('radio', { name: 'Great!' }))
    expect(vote).toHaveAttribute('aria-disabled', 'false')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  test('a chosen answer’s whole card is its label', async () => {
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
    })
    const great = await screen.findByRole('radio', { name: 'Great!' })

    // The card's count, share and bar are the meter, beside the answer's text.
    await user.click(screen.getByRole('meter', { name: 'Great!' }))

    expect(great).toBeChecked()
  })

  test('a required question must be answered before the vote is sent', async () => {
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: twoQuestionAttach() }),
      'vote.AttachedVote.vote': () => ({ attach: votedForAttach(['1']) }),
    })

    const required = await screen.findByRole('group', { name: 'How are you?' })
    const optional = screen.getByRole('group', { name: 'Pick any' })
    // Marked where it stands, next to the question.
    expect(within(required).getByText('Required')).toBeInTheDocument()
    expect(within(optional).queryByText('Required')).not.toBeInTheDocument()
    expect(required).toHaveAccessibleDescription(/^Required Choose one answer/)
    await user.click(within(optional).getByRole('checkbox', { name: 'Great!' }))
    expect(screen.getByRole('button', { name: 'Vote' })).toHaveAccessibleDescription(
      'Answer every required question before voting.',
    )
    await user.click(screen.getByRole('button', { name: 'Vote' }))

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Answer every required question before voting.',
    )
    expect(required).toHaveAccessibleDescription(
      /Answer every required question before voting\.$/,
    )
    expect(within(required).getByRole('radio', { name: 'Great!' })).toHaveFocus()
    expect(votesSent(portal)).toHaveLength(0)

    await user.click(within(required).getByRole('radio', { name: 'Better than anyone!' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Vote' }))
    await screen.findByText('Your vote was counted.')
    expect(votesSent(portal)[0]?.params.ballot).toEqual({ '1': ['3'], '2': ['1'] })
  })

  test('a double click on Vote sends one vote', async () => {
    const vote = deferred<unknown>()
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
      'vote.AttachedVote.vote': () => vote.promise,
    })

    await user.click(await screen.findByRole('radio', { name: 'Great!' }))
    await user.dblClick(screen.getByRole('button', { name: 'Vote' }))
    vote.resolve({ attach: votedForAttach(['1']) })

    expect(await screen.findByText('Your vote was counted.')).toBeInTheDocument()
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Withdraw my vote' })).toHaveAttribute(
        'aria-disabled',
        'false',
      )
    })
    expect(votesSent(portal)).toHaveLength(1)
  })

  test('a refused vote is reported and the poll is read again', async () => {
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
      'vote.AttachedVote.vote': () => [],
    })

    await user.click(await screen.findByRole('radio', { name: 'Great!' }))
    await user.click(screen.getByRole('button', { name: 'Vote' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bitrix24 didn’t accept your vote.',
    )
    await waitFor(() => {
      expect(portal.calls.map((call) => call.method)).toEqual([
        'vote.AttachedVote.get',
        'vote.AttachedVote.vote',
        'vote.AttachedVote.get',
      ])
    })
  })

  test('a vote in a poll that has just finished says so, as the fresh read shows', async () => {
    let finished = false
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: withdrawnAttach(finished ? finishedFlags : {}),
      }),
      'vote.AttachedVote.vote': () => {
        finished = true
        throw restError('403', 'The poll is inactive.', 400)
      },
    })

    await user.click(await screen.findByRole('radio', { name: 'Great!' }))
    await user.click(screen.getByRole('button', { name: 'Vote' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This poll has ended and no longer accepts votes.',
    )
  })

  test('a vote in a poll its author deactivated says the poll is closed, not that Bitrix24 failed', async () => {
    let deactivated = false
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: withdrawnAttach(deactivated ? { canVote: false, canRevote: false } : {}),
      }),
      'vote.AttachedVote.vote': () => {
        deactivated = true
        throw restError('403', 'The poll is inactive.', 400)
      },
    })

    await user.click(await screen.findByRole('radio', { name: 'Great!' }))
    await user.click(screen.getByRole('button', { name: 'Vote' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This poll is closed and doesn’t accept votes.')
    expect(within(alert).queryByText(/Error code/)).not.toBeInTheDocument()
  })
})

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

describe('the caption', () => {
  test('tells the rules of a public poll that allows changing votes', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    })

    expect(
      await screen.findByText(
        'Public poll · Votes can be changed · Voting open · 1 person voted',
      ),
    ).toBeInTheDocument()
  })

  test('of a finished poll says it is finished rather than what could be changed', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: votedAttach({ isFinished: true, canRevote: false }),
      }),
    })

    expect(
      await screen.findByText('Public poll · Poll ended · 1 person voted'),
    ).toBeInTheDocument()
  })

  test('says that the shares of a multiple-choice poll can add up to more than 100%', async () => {
    const attach = votedAttach({ ANONYMITY: 2, OPTIONS: 0, canRevote: false })
    onlyQuestion(attach).FIELD_TYPE = '1'
    openPollScreen({ 'vote.AttachedVote.get': () => ({ attach }) })

    expect(
      await screen.findByText(
        'Anonymous poll · Votes can’t be changed · Voting open · 1 person voted · Voters can choose several answers, so shares can add up to more than 100%',
      ),
    ).toBeInTheDocument()
  })
})

describe('in Russian', () => {
  test('counts, shares and the button speak Russian', async () => {
    openPollScreen(
      {
        'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      },
      {
        catalogue: await loadCatalogue('ru'),
      },
    )

    expect(await screen.findByRole('meter', { name: 'Great!' })).toHaveAttribute(
      'aria-valuetext',
      '1\u00a0голос, 100\u00a0%, ваш ответ',
    )
    expect(screen.getByRole('button', { name: 'Отозвать мой голос' })).toBeInTheDocument()
    expect(document.documentElement).toHaveAttribute('lang', 'ru')
  })
})
