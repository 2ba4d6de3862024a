import { describe, expect, test } from 'vitest'
import { onlyQuestion, votedAttach } from '@/testing/fixtures/attach'
import { attachOf, InvalidPayloadError, parseAttach } from './attach-payload'

describe('the attach of an answer', () => {
  test('is found where the module put it', () => {
    const attach = votedAttach()

    expect(attachOf({ attach })).toBe(attach)
  })

  test.each([
    ['PHP’s empty result', []],
    ['no result at all', null],
    ['a result that is only text', 'attach'],
    ['a result without an attach', { result: true }],
  ])('is missing from %s', (_, result) => {
    expect(attachOf(result)).toBeUndefined()
  })
})

describe('results the author hid', () => {
  const HIDE_RESULT = 2

  test('are hidden from a member', () => {
    const poll = parseAttach(votedAttach({ OPTIONS: HIDE_RESULT, canEdit: false }))

    expect(poll.resultsHidden).toBe(true)
    expect(poll.questions[0]?.answers.map((answer) => answer.votes)).toEqual(
      poll.questions[0]?.answers.map(() => 0),
    )
  })

  test('are shown to the author', () => {
    expect(
      parseAttach(votedAttach({ OPTIONS: HIDE_RESULT, canEdit: true })).resultsHidden,
    ).toBe(false)
  })

  test('are shown to everyone where the author did not hide them', () => {
    expect(parseAttach(votedAttach({ OPTIONS: 0, canEdit: false })).resultsHidden).toBe(
      false,
    )
  })
})

describe('a question of the legacy type', () => {
  const LEGACY = 99999
  const withAnswerTypes = (fieldType: number | undefined) => {
    const attach = votedAttach()
    const question = onlyQuestion(attach)
    question.FIELD_TYPE = LEGACY
    for (const answer of Object.values(question.ANSWERS)) answer.FIELD_TYPE = fieldType
    return parseAttach(attach).questions[0]
  }

  test('takes checkboxes from its answers', () => {
    expect(withAnswerTypes(1)?.isMultipleChoice).toBe(true)
  })

  test('takes radio buttons from its answers', () => {
    expect(withAnswerTypes(0)?.isMultipleChoice).toBe(false)
  })

  test('with a checkbox among radio buttons is multiple choice', () => {
    const attach = votedAttach()
    const question = onlyQuestion(attach)
    question.FIELD_TYPE = LEGACY
    const [first, ...others] = Object.values(question.ANSWERS)
    if (!first) throw new Error('The example has no answer')
    first.FIELD_TYPE = 1
    for (const answer of others) answer.FIELD_TYPE = 0

    expect(parseAttach(attach).questions[0]?.isMultipleChoice).toBe(true)
  })
})

describe('a vote', () => {
  test('is taken in an open poll the user may vote in', () => {
    expect(parseAttach(votedAttach({ canVote: true, isFinished: false })).canVote).toBe(
      true,
    )
  })

  test('is not taken once the poll ended, though canVote still says yes', () => {
    expect(parseAttach(votedAttach({ canVote: true, isFinished: true })).canVote).toBe(
      false,
    )
  })
})

test('answers of the same sort order keep the order of their ids, as numbers', () => {
  const attach = votedAttach()
  const question = onlyQuestion(attach)
  const [first] = Object.values(question.ANSWERS)
  question.ANSWERS = {
    '10': { ...first, ID: '10', C_SORT: '10' },
    '9': { ...first, ID: '9', C_SORT: '10' },
  }

  expect(parseAttach(attach).questions[0]?.answers.map((answer) => answer.id)).toEqual([
    '9',
    '10',
  ])
})

test('poll data that cannot be read says so', () => {
  const error = (() => {
    try {
      parseAttach({})
    } catch (caught) {
      return caught
    }
  })()

  expect(error).toBeInstanceOf(InvalidPayloadError)
  expect(error).toMatchObject({ name: 'InvalidPayloadError' })
  expect(String(error)).toMatch(/^InvalidPayloadError: Unexpected poll data: ./)
})
