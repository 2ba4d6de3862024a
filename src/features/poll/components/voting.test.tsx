import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { loadCatalogue } from '@/i18n/catalogue'
import { deferred, restError, votesSent } from '@/testing/fake-portal'
import {
  copyOf,
  finishedFlags,
  onlyQuestion,
  votedAttach,
  votedForAttach,
  withdrawnAttach,
} from '@/testing/fixtures/attach'
import { openPollScreen } from '@/testing/render'

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

  test('a member’s ballot of several questions says how to answer each, not how many answered it', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: { ...twoQuestionAttach(), canEdit: false },
      }),
    })

    expect(
      await screen.findByRole('group', { name: 'How are you?' }),
    ).toHaveAccessibleDescription('Required Choose one answer')
    expect(screen.getByRole('group', { name: 'Pick any' })).toHaveAccessibleDescription(
      'Choose one or more answers',
    )
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
    expect(required).toHaveAccessibleDescription(
      'Required Choose one answer · 0\u00a0people answered',
    )
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

test('a question of multiple selection from a list is answered with checkboxes', async () => {
  const attach = withdrawnAttach()
  onlyQuestion(attach).FIELD_TYPE = '3'
  openPollScreen({ 'vote.AttachedVote.get': () => ({ attach }) })

  expect(await screen.findAllByRole('checkbox')).toHaveLength(3)
})
