import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { pollCalls, restError } from '@/testing/fake-portal'
import {
  copyOf,
  onlyQuestion,
  votedAttach,
  votedForAttach,
  withdrawnAttach,
  noRevoteAttach,
} from '@/testing/fixtures/attach'
import { meter, openPollScreen } from '@/testing/render'

describe('the poll screen', () => {
  test('shows every answer with its count and share, and marks my answer', async () => {
    const { portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    })

    const question = await screen.findByRole('group', { name: 'How are you?' })
    const great = within(question).getByRole('meter', { name: 'Great!' })
    expect(great).toHaveAttribute('aria-valuemin', '0')
    expect(great).toHaveAttribute('aria-valuenow', '1')
    expect(great).toHaveAttribute('aria-valuemax', '1')
    expect(great).toHaveAttribute('aria-valuetext', '1\u00a0vote, 100%, your answer')
    expect(great).toHaveTextContent(/^100%Great!Your answer1$/)
    expect(meter('Best of all!')).toHaveAttribute('aria-valuetext', '0\u00a0votes, 0%')
    expect(meter('Best of all!')).toHaveTextContent(/^0%Best of all!0$/)
    expect(screen.getByText(/1 person voted/)).toBeInTheDocument()
    expect(pollCalls(portal)).toEqual(['vote.AttachedVote.get'])
  })

  test('a member who has not voted sees the answers as plain choices until they vote, as in Bitrix24’s own chat', async () => {
    const member = { canEdit: false }
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach(member) }),
      'vote.AttachedVote.vote': () => ({ attach: votedForAttach(['1'], member) }),
    })

    expect(await screen.findByRole('radio', { name: 'Great!' })).toBeInTheDocument()
    expect(screen.queryByRole('meter')).not.toBeInTheDocument()
    expect(screen.queryByText(/%/)).not.toBeInTheDocument()
    expect(screen.getByText(/· Vote to see the results$/)).toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: 'Great!' }))
    await user.click(screen.getByRole('button', { name: 'Vote' }))

    expect(await screen.findByRole('meter', { name: 'Great!' })).toHaveAttribute(
      'aria-valuetext',
      '1\u00a0vote, 100%, your answer',
    )
    expect(screen.queryByText(/Vote to see the results/)).not.toBeInTheDocument()
  })

  test('the poll’s author sees the results before voting, and is told members do not', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach({ canEdit: true }) }),
    })

    expect(await screen.findByRole('radio', { name: 'Great!' })).toBeInTheDocument()
    expect(screen.getByRole('meter', { name: 'Great!' })).toBeInTheDocument()
    expect(
      screen.getByText(/· Members see the results once they vote$/),
    ).toBeInTheDocument()
  })

  test('a finished poll shows its results to a member who did not vote', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: withdrawnAttach({
          canEdit: false,
          isFinished: true,
          canVote: false,
          canRevote: false,
        }),
      }),
    })

    expect(await screen.findByRole('meter', { name: 'Great!' })).toBeInTheDocument()
    expect(screen.getByText('You haven’t voted in this poll.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Vote again' })).not.toBeInTheDocument()
  })

  test('having voted, the author is told neither that they haven’t nor what members see before voting', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach({ canEdit: true }) }),
    })

    expect(await screen.findByRole('meter', { name: 'Great!' })).toBeInTheDocument()
    expect(screen.queryByText('You haven’t voted in this poll.')).not.toBeInTheDocument()
    expect(screen.queryByText(/Members see the results/)).not.toBeInTheDocument()
  })

  test('the question of a one-question poll has nothing more to say than its answers', async () => {
    openPollScreen({ 'vote.AttachedVote.get': () => ({ attach: votedAttach() }) })

    const question = await screen.findByRole('group', { name: 'How are you?' })
    // No count of who answered it: the poll's own count says it.
    expect(question).not.toHaveAttribute('aria-describedby')
  })

  test('opening the poll moves no focus, and its heading is no stop for the Tab key', async () => {
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    })

    await screen.findByRole('meter', { name: 'Great!' })
    expect(document.body).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('heading', { name: 'Poll' })).not.toHaveFocus()
  })

  test('shares are whole percent that add up to 100 in a single-choice question', async () => {
    const attach = votedAttach()
    const question = onlyQuestion(attach)
    const counts: Record<string, number> = { '1': 1, '3': 1, '5': 1 }
    for (const [id, answer] of Object.entries(question.ANSWERS)) {
      answer.COUNTER = counts[id]
      answer.PERCENT = 33.33
    }
    question.COUNTER = 3
    attach.COUNTER = 3
    openPollScreen({ 'vote.AttachedVote.get': () => ({ attach }) })

    await screen.findByRole('meter', { name: 'Great!' })
    expect(
      screen.getAllByRole('meter').map((answer) => answer.getAttribute('aria-valuetext')),
    ).toEqual(['1\u00a0vote, 34%, your answer', '1\u00a0vote, 33%', '1\u00a0vote, 33%'])
  })

  test('in a poll of several questions each says how many people answered it', async () => {
    const attach = votedAttach({ ANONYMITY: 2 })
    const first = onlyQuestion(attach)
    attach.COUNTER = 2
    first.COUNTER = 2
    attach.QUESTIONS = {
      '1': first,
      '2': {
        ...copyOf(first),
        ID: '2',
        C_SORT: '20',
        QUESTION: 'Anything else?',
        COUNTER: 1,
      },
    }
    openPollScreen({ 'vote.AttachedVote.get': () => ({ attach }) })

    expect(
      await screen.findByRole('group', { name: 'How are you?' }),
    ).toHaveAccessibleDescription('2\u00a0people answered')
    expect(
      screen.getByRole('group', { name: 'Anything else?' }),
    ).toHaveAccessibleDescription('1\u00a0person answered')
  })

  test('a poll that has just been stopped shows its results, not a ballot under "Poll ended"', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({
        // LAMP still green for a moment after stop: canVote lags isFinished.
        attach: withdrawnAttach({
          canEdit: false,
          isFinished: true,
          canVote: true,
          canRevote: false,
        }),
      }),
    })

    expect(await screen.findByRole('meter', { name: 'Great!' })).toBeInTheDocument()
    expect(screen.getByText(/Poll ended/)).toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Vote' })).not.toBeInTheDocument()
  })

  test('a message without a poll says so', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => {
        throw restError('ATTACH_NOT_FOUND', 'Attach not found')
      },
    })

    const notice = await screen.findByRole('alert')
    expect(notice).toHaveTextContent('This message has no poll')
    // A state to know about, not an error to be alarmed by.
    expect(notice).toHaveClass('notice-notice')
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })

  test.each([
    ['its code', 'ATTACH_READ_ACCESS_DENIED', 'Attach read access denied'],
    ['its description only', '0', 'Attach read access denied'],
  ])('a poll I may not read says so, recognised by %s', async (_, code, description) => {
    openPollScreen({
      'vote.AttachedVote.get': () => {
        throw restError(code, description)
      },
    })

    const notice = await screen.findByRole('alert')
    expect(notice).toHaveTextContent('You can’t see this poll')
    expect(notice).toHaveClass('notice-notice')
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })

  test('any other failure offers a retry that loads the poll', async () => {
    let failures = 1
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => {
        if (failures-- > 0)
          throw restError('INTERNAL_SERVER_ERROR', 'Internal server error', 500)
        return { attach: votedAttach() }
      },
    })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The poll couldn’t be loaded')
    // A failure on Bitrix24's side is no connection problem.
    expect(alert).toHaveTextContent(
      'Bitrix24 ran into a problem on its side. Try again in a moment.',
    )
    expect(alert).not.toHaveTextContent(/connection/)
    await user.click(within(alert).getByText('Details'))
    expect(within(alert).getByText('Error code: INTERNAL_SERVER_ERROR')).toBeVisible()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))

    expect(await screen.findByRole('meter', { name: 'Great!' })).toBeInTheDocument()
  })

  test('a lost connection says so, with the code behind Details, and Retry', async () => {
    const { user } = openPollScreen({
      'vote.AttachedVote.get': () => {
        throw restError('NETWORK_ERROR', 'Network connection failed', 0)
      },
    })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'The app couldn’t reach Bitrix24. Check your connection and try again.',
    )
    expect(within(alert).getByText('Error code: NETWORK_ERROR')).not.toBeVisible()
    await user.click(within(alert).getByText('Details'))
    expect(within(alert).getByText('Error code: NETWORK_ERROR')).toBeVisible()
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })

  test('a refusal that trying again cannot change offers no Retry', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => {
        throw restError(
          'insufficient_scope',
          'The request requires higher privileges',
          401,
        )
      },
    })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Bitrix24 refused to show the poll.')
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })

  test('poll data that cannot be read is reported, not rendered blank', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: { ID: 'x' } }),
    })

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
    openPollScreen({ 'vote.AttachedVote.get': () => ({ attach }) })

    expect(await screen.findByRole('meter', { name: 'first option' })).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })
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
