import { describe, expect, test } from 'vitest'
import { parseAttach } from './api/attach-payload'
import {
  answerShares,
  ballotProblem,
  canWithdraw,
  choose,
  firstName,
  hasBallot,
  largestRemainderShares,
  myBallot,
  resultsView,
  voterSummary,
  youFirst,
  type Answer,
  type Question,
} from './poll'
import {
  copyOf,
  onlyQuestion,
  votedAttach,
  votedForAttach,
  withdrawnAttach,
} from '@/testing/fixtures/attach'

function question(changes: Partial<Question> = {}): Question {
  return {
    id: '1',
    text: 'Lunch?',
    textFormat: 'text',
    isMultipleChoice: false,
    isRequired: false,
    isActive: true,
    chart: 'bars',
    voterCount: 0,
    answers: [],
    ...changes,
  }
}

describe('the ballot rules', () => {
  test('a single-choice question keeps only the latest answer', () => {
    const single = question()
    expect(choose(choose({}, single, '1', true), single, '3', true)).toEqual({
      '1': ['3'],
    })
  })

  test('a multiple-choice question adds and removes answers', () => {
    const multiple = question({ isMultipleChoice: true })
    const both = choose(choose({}, multiple, '1', true), multiple, '3', true)
    expect(both).toEqual({ '1': ['1', '3'] })
    expect(choose(both, multiple, '1', false)).toEqual({ '1': ['3'] })
  })

  test('a ballot without any answer is empty', () => {
    const poll = parseAttach(votedAttach())
    expect(ballotProblem(poll, {})).toEqual({ kind: 'empty', questionIds: ['1'] })
    expect(ballotProblem(poll, { '1': [] })).toEqual({
      kind: 'empty',
      questionIds: ['1'],
    })
  })

  test('a required question without an answer blocks the ballot, an optional one does not', () => {
    const attach = votedAttach()
    const first = onlyQuestion(attach)
    attach.QUESTIONS = {
      '1': { ...first, REQUIRED: 'Y' },
      '2': { ...copyOf(first), ID: '2', C_SORT: '20' },
    }
    const poll = parseAttach(attach)

    expect(ballotProblem(poll, { '2': ['1'] })).toEqual({
      kind: 'required-missing',
      questionIds: ['1'],
    })
    expect(ballotProblem(poll, { '1': ['1'] })).toBeUndefined()
  })

  test('a required question that is no longer active does not block the ballot', () => {
    const attach = votedAttach()
    const first = onlyQuestion(attach)
    attach.QUESTIONS = {
      '1': { ...first, REQUIRED: 'Y', ACTIVE: 'N' },
      '2': { ...copyOf(first), ID: '2', C_SORT: '20' },
    }
    const poll = parseAttach(attach)

    expect(ballotProblem(poll, { '2': ['1'] })).toBeUndefined()
  })

  test('my ballot is made of the answers marked mine', () => {
    expect(myBallot(parseAttach(votedAttach()))).toEqual({ '1': ['1'] })
  })

  test('my ballot leaves out the questions I did not answer', () => {
    expect(myBallot(parseAttach(twoQuestionAttach({ '1': ['1'] })))).toEqual({
      '1': ['1'],
    })
  })

  test('choosing an answer already on a multiple-choice ballot keeps it once', () => {
    const multiple = question({ isMultipleChoice: true })
    expect(choose({ '1': ['1', '3'] }, multiple, '1', true)).toEqual({ '1': ['3', '1'] })
  })
})

/** The docs example with a second question like the first; `mine` the user's answers by question. */
function twoQuestionAttach(mine: Record<string, string[]>) {
  const attach = votedForAttach(mine['1'] ?? [])
  const first = onlyQuestion(attach)
  attach.QUESTIONS = { '1': first, '2': { ...copyOf(first), ID: '2', C_SORT: '20' } }
  attach.userAnswerMap = Object.fromEntries(
    Object.entries(mine).map(([questionId, answerIds]) => [
      questionId,
      Object.fromEntries(answerIds.map((id) => [id, { ANSWER_ID: id }])),
    ]),
  )
  return attach
}

describe('withdrawing and changing a vote', () => {
  test('is possible while the poll is open and lets votes change', () => {
    expect(canWithdraw(parseAttach(votedAttach()))).toBe(true)
  })

  test('is not possible without a vote', () => {
    expect(canWithdraw(parseAttach(withdrawnAttach({ canRevote: true })))).toBe(false)
  })

  test('is not possible where the author made votes final', () => {
    expect(canWithdraw(parseAttach(votedAttach({ canRevote: false })))).toBe(false)
  })

  test('is not possible once the poll is finished, whatever else the portal says', () => {
    expect(canWithdraw(parseAttach(votedAttach({ isFinished: true })))).toBe(false)
  })
})

describe('whether a poll shows the ballot I sent', () => {
  test('it does when my answers are exactly the ones sent', () => {
    expect(hasBallot(parseAttach(votedForAttach(['1', '3'])), { '1': ['3', '1'] })).toBe(
      true,
    )
  })

  test('it does not without a vote, even where answers are marked mine', () => {
    const poll = parseAttach(votedForAttach(['1'], { isVoted: false }))
    expect(hasBallot(poll, { '1': ['1'] })).toBe(false)
  })

  test('it does not when I chose more answers than were sent', () => {
    expect(hasBallot(parseAttach(votedForAttach(['1', '3'])), { '1': ['1'] })).toBe(false)
  })

  test('it does not when a question was answered that the ballot left out', () => {
    const attach = twoQuestionAttach({ '1': ['1'], '2': ['3'] })

    expect(hasBallot(parseAttach(attach), { '1': ['1'] })).toBe(false)
    expect(hasBallot(parseAttach(attach), { '1': ['1'], '2': ['3'] })).toBe(true)
  })

  test('it does when the ballot left a question empty that I did not answer', () => {
    const poll = parseAttach(twoQuestionAttach({ '1': ['1'] }))

    expect(hasBallot(poll, { '1': ['1'], '2': [] })).toBe(true)
  })

  test('it does not when as many answers were sent but not the same ones', () => {
    expect(hasBallot(parseAttach(votedForAttach(['1', '3'])), { '1': ['1', '5'] })).toBe(
      false,
    )
  })

  test('it does not when one of two questions shows another answer', () => {
    const poll = parseAttach(twoQuestionAttach({ '1': ['1'], '2': ['3'] }))

    expect(hasBallot(poll, { '1': ['1'], '2': ['5'] })).toBe(false)
  })

  test('it does not when the answer sent is shown under another question', () => {
    const poll = parseAttach(twoQuestionAttach({ '1': ['1'] }))

    expect(hasBallot(poll, { '2': ['1'] })).toBe(false)
  })
})

describe('when the results show', () => {
  const open = { isFinished: false, canVote: true, canRevote: true }

  test('a member who has not voted in an open poll sees the answers as plain choices', () => {
    const poll = parseAttach(withdrawnAttach({ ...open, canEdit: false }))
    expect(resultsView(poll)).toBe('after-voting')
  })

  test('a member sees them once they voted', () => {
    expect(resultsView(parseAttach(votedAttach({ canEdit: false })))).toBe('shown')
  })

  test('everyone sees them once the poll is finished', () => {
    const finished = { isFinished: true, canVote: false, canRevote: false }
    const poll = parseAttach(withdrawnAttach({ ...finished, canEdit: false }))
    expect(resultsView(poll)).toBe('shown')
  })

  test('the author sees them before voting', () => {
    const poll = parseAttach(withdrawnAttach({ ...open, canEdit: true }))
    expect(resultsView(poll)).toBe('shown')
  })

  test('results the author hid stay hidden from members, voted or not', () => {
    for (const attach of [
      votedAttach({ OPTIONS: 3, canEdit: false }),
      withdrawnAttach({ ...open, OPTIONS: 3, canEdit: false }),
      withdrawnAttach({ OPTIONS: 3, isFinished: true, canVote: false, canEdit: false }),
    ]) {
      expect(resultsView(parseAttach(attach))).toBe('hidden-by-author')
    }
  })
})

describe('whole-number shares', () => {
  test('a question’s shares add up to 100, the left-over points going to the largest fractions', () => {
    expect(largestRemainderShares([1, 1, 1])).toEqual([34, 33, 33])
    expect(largestRemainderShares([2, 1, 1, 0])).toEqual([50, 25, 25, 0])
    expect(largestRemainderShares([1, 2, 4])).toEqual([14, 29, 57])
    expect(largestRemainderShares([3, 3, 1])).toEqual([43, 43, 14])
  })

  test('nobody voted: every share is 0', () => {
    expect(largestRemainderShares([0, 0])).toEqual([0, 0])
    expect(largestRemainderShares([])).toEqual([])
  })

  function answer(votes: number, percent: number): Answer {
    const id = String(votes * 1000 + percent)
    return { id, text: id, textFormat: 'text', votes, percent, isMine: false }
  }

  test('a single-choice question takes its shares from the answers’ votes', () => {
    const single = question({ answers: [answer(1, 33.33), answer(2, 66.67)] })
    expect(answerShares(single)).toEqual([33, 67])
  })

  test('a multiple-choice question rounds each answer’s share of its voters', () => {
    const multiple = question({
      isMultipleChoice: true,
      voterCount: 3,
      answers: [answer(2, 66.67), answer(2, 66.67), answer(1, 33.33)],
    })
    expect(answerShares(multiple)).toEqual([67, 67, 33])
  })
})

describe('who chose an answer', () => {
  const anna = { id: 1, name: 'Anna Petrova', avatarUrl: undefined, position: '' }
  const boris = {
    id: 2,
    name: 'Boris Ivanov',
    avatarUrl: 'https://a/b.png',
    position: '',
  }
  const chen = { id: 3, name: 'Chen Wei', avatarUrl: undefined, position: 'Designer' }
  const mine = {
    id: '1',
    text: 'Sushi',
    textFormat: 'text',
    votes: 5,
    percent: 50,
    isMine: true,
  } as const

  test('the user stands apart from the others, wherever Bitrix24 listed them', () => {
    const list = youFirst(mine, [anna, boris, chen], { id: 2, name: 'Boris Ivanov' })
    expect(list).toEqual({ you: boris, others: [anna, chen] })
  })

  test('the user is "you" even when their row is not among the voters read yet', () => {
    const list = youFirst(mine, [anna], { id: 9, name: 'Ivan Lee' })
    expect(list.you).toEqual({
      id: 9,
      name: 'Ivan Lee',
      avatarUrl: undefined,
      position: '',
    })
    expect(list.others).toEqual([anna])
  })

  test('an answer that is not the user’s has no "you"', () => {
    const list = youFirst({ ...mine, isMine: false }, [anna, boris], {
      id: 2,
      name: 'Boris Ivanov',
    })
    expect(list).toEqual({ you: undefined, others: [anna] })
  })

  test('without knowing the user the list stays as Bitrix24 sent it', () => {
    expect(youFirst(mine, [anna, boris], undefined)).toEqual({
      you: undefined,
      others: [anna, boris],
    })
  })

  test('a row names two people, shows three faces and counts the rest', () => {
    expect(voterSummary({ you: boris, others: [anna, chen] }, 5)).toEqual({
      faces: [boris, anna, chen],
      named: [boris, anna],
      more: 3,
    })
    expect(voterSummary({ you: undefined, others: [anna] }, 1)).toEqual({
      faces: [anna],
      named: [anna],
      more: 0,
    })
  })

  test('a row shows no more than three faces', () => {
    const dana = { ...anna, id: 4, name: 'Dana Scully' }
    expect(voterSummary({ you: boris, others: [anna, chen, dana] }, 4).faces).toEqual([
      boris,
      anna,
      chen,
    ])
  })

  test('a voter without a name is counted, not named', () => {
    const nameless = { ...chen, name: '' }
    expect(voterSummary({ you: undefined, others: [nameless, anna] }, 2)).toEqual({
      faces: [nameless, anna],
      named: [anna],
      more: 1,
    })
  })

  test('a short list goes by first names', () => {
    expect(firstName('Anna Petrova')).toBe('Anna')
    expect(firstName('  Chen  ')).toBe('Chen')
  })
})
