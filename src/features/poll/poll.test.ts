import { describe, expect, test } from 'vitest'
import { parseAttach } from './api/attach-payload'
import {
  ballotProblem,
  canWithdraw,
  choose,
  hasBallot,
  myBallot,
  type Question,
} from './poll'
import {
  copyOf,
  onlyQuestion,
  votedAttach,
  votedForAttach,
  withdrawnAttach,
} from '../../testing/fixtures/attach'

function question(changes: Partial<Question> = {}): Question {
  return {
    id: '1',
    text: 'Lunch?',
    textFormat: 'text',
    isMultipleChoice: false,
    isRequired: false,
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

  test('my ballot is made of the answers marked mine', () => {
    expect(myBallot(parseAttach(votedAttach()))).toEqual({ '1': ['1'] })
  })
})

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
    const attach = votedForAttach(['1'])
    const first = onlyQuestion(attach)
    attach.QUESTIONS = { '1': first, '2': { ...copyOf(first), ID: '2', C_SORT: '20' } }
    attach.userAnswerMap = {
      '1': { '1': { ANSWER_ID: '1' } },
      '2': { '3': { ANSWER_ID: '3' } },
    }

    expect(hasBallot(parseAttach(attach), { '1': ['1'] })).toBe(false)
    expect(hasBallot(parseAttach(attach), { '1': ['1'], '2': ['3'] })).toBe(true)
  })
})
