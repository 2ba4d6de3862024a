import { describe, expect, test } from 'vitest'
import { copyOf } from '@/testing/fixtures/attach'
import {
  getExample,
  getManyExample,
  getWithVotedExample,
  recallExample,
  voteExample,
} from '@chat-poll/simulated-portal/doc-examples'
import { InvalidPayloadError, parseAttach } from './attach-payload'

describe('reading the poll Bitrix24 sends', () => {
  test('a voted poll from the get example shows counters, shares and my answer', () => {
    const poll = parseAttach(getExample.attach)
    expect(poll).toEqual({
      attachId: 1,
      signedAttachId: getExample.attach.signedAttachId,
      resultsHidden: false,
      voterCount: 1,
      isAnonymous: false,
      allowsVoteChange: true,
      isVoted: true,
      canEdit: true,
      canVote: false,
      canRevote: true,
      isFinished: false,
      questions: [
        {
          id: '1',
          text: 'How are you?',
          textFormat: 'text',
          isMultipleChoice: false,
          isRequired: false,
          isActive: true,
          chart: 'bars',
          voterCount: 1,
          answers: [
            {
              id: '1',
              text: 'Great!',
              textFormat: 'text',
              votes: 1,
              percent: 100,
              isMine: true,
            },
            {
              id: '3',
              text: 'Best of all!',
              textFormat: 'text',
              votes: 0,
              percent: 0,
              isMine: false,
            },
            {
              id: '5',
              text: "What's up??",
              textFormat: 'text',
              votes: 0,
              percent: 0,
              isMine: false,
            },
          ],
        },
      ],
    })
  })

  test('every item of the getMany example reads like the get example', () => {
    expect(getManyExample.result.items.map(parseAttach)).toEqual([
      parseAttach(getExample.attach),
    ])
  })

  test('counters the vote request changed arrive as numbers and read like strings', () => {
    const poll = parseAttach(voteExample.result.attach)
    expect(poll.voterCount).toBe(1)
    expect(poll.questions[0]?.voterCount).toBe(1)
    expect(poll.questions[0]?.answers.map((answer) => answer.votes)).toEqual([1, 0, 0])
    expect(poll.questions[0]?.answers[0]?.isMine).toBe(true)
  })

  test('after a recall the empty userAnswerMap `[]` means no answer is mine', () => {
    const poll = parseAttach(recallExample.result.attach)
    expect(poll.isVoted).toBe(false)
    expect(poll.voterCount).toBe(0)
    expect(poll.questions[0]?.answers.map((answer) => answer.isMine)).toEqual([
      false,
      false,
      false,
    ])
    expect(poll.questions[0]?.answers.map((answer) => answer.votes)).toEqual([0, 0, 0])
  })

  test('HTML answers of the getWithVoted example keep their format and my choice', () => {
    const poll = parseAttach(getWithVotedExample.result.attach)
    expect(poll.canRevote).toBe(false)
    expect(
      poll.questions[0]?.answers.map((answer) => [answer.text, answer.textFormat]),
    ).toEqual([
      ['first option', 'html'],
      ['second option', 'html'],
      ['third option', 'html'],
    ])
    expect(poll.questions[0]?.answers.map((answer) => answer.isMine)).toEqual([
      false,
      true,
      false,
    ])
  })

  test('a sort order or answer text stored as NULL does not cost the whole poll', () => {
    const attach = copyOf(getExample.attach)
    const question = copyOf(getExample.attach.QUESTIONS['1'])
    const answers = question.ANSWERS as Record<string, Record<string, unknown>>
    answers['5'] = { ...answers['5'], C_SORT: null, MESSAGE: null }
    attach.QUESTIONS = { '1': { ...question, C_SORT: null } }

    const poll = parseAttach(attach)

    expect(poll.questions[0]?.answers.map((answer) => [answer.id, answer.text])).toEqual([
      ['5', ''],
      ['1', 'Great!'],
      ['3', 'Best of all!'],
    ])
  })

  test('answers of a REST-created chat poll stored as HTML are read as HTML', () => {
    const attach = copyOf(getExample.attach)
    const question = copyOf(getExample.attach.QUESTIONS['1'])
    const answers = question.ANSWERS as Record<string, Record<string, unknown>>
    answers['1'] = { ...answers['1'], MESSAGE_TYPE: 'html' }
    attach.QUESTIONS = { '1': question }

    expect(parseAttach(attach).questions[0]?.answers[0]?.textFormat).toBe('html')
  })

  test('questions and answers are ordered by C_SORT, then by id, not by key order', () => {
    const attach = copyOf(getExample.attach)
    const question = copyOf(getExample.attach.QUESTIONS['1'])
    const answers = question.ANSWERS as Record<string, Record<string, unknown>>
    answers['1'] = { ...answers['1'], C_SORT: '30' }
    answers['5'] = { ...answers['5'], C_SORT: '10' }
    answers['3'] = { ...answers['3'], C_SORT: '10' }
    attach.QUESTIONS = {
      '1': { ...question, C_SORT: '20' },
      '2': {
        ...question,
        ID: '2',
        C_SORT: '10',
        QUESTION: 'Second by id, first by sort',
      },
    }

    const poll = parseAttach(attach)

    expect(poll.questions.map((q) => q.text)).toEqual([
      'Second by id, first by sort',
      'How are you?',
    ])
    expect(poll.questions[1]?.answers.map((answer) => answer.id)).toEqual(['3', '5', '1'])
  })

  test('a multi-question poll marks my answers per question', () => {
    const attach = copyOf(getExample.attach)
    const question = copyOf(getExample.attach.QUESTIONS['1'])
    attach.QUESTIONS = {
      '1': question,
      '2': { ...question, ID: '2', C_SORT: '20', FIELD_TYPE: '1', QUESTION: 'Pick any' },
    }
    attach.userAnswerMap = {
      '1': { '3': { ANSWER_ID: '3' } },
      '2': { '1': { ANSWER_ID: '1' }, '5': { ANSWER_ID: '5' } },
    }

    const poll = parseAttach(attach)

    expect(poll.questions.map((q) => q.isMultipleChoice)).toEqual([false, true])
    expect(
      poll.questions.map((q) => q.answers.filter((a) => a.isMine).map((a) => a.id)),
    ).toEqual([['3'], ['1', '5']])
  })

  test('an anonymous poll is recognised by the module value 2', () => {
    expect(parseAttach({ ...copyOf(getExample.attach), ANONYMITY: 2 }).isAnonymous).toBe(
      true,
    )
    expect(parseAttach({ ...copyOf(getExample.attach), ANONYMITY: 1 }).isAnonymous).toBe(
      false,
    )
  })

  test('required questions and the circle diagram are read from their flags', () => {
    const attach = copyOf(getExample.attach)
    const question = copyOf(getExample.attach.QUESTIONS['1'])
    attach.QUESTIONS = { '1': { ...question, REQUIRED: 'Y', DIAGRAM_TYPE: 'circle' } }

    const [read] = parseAttach(attach).questions

    expect(read?.isRequired).toBe(true)
    expect(read?.chart).toBe('pie')
  })

  test('a finished poll still says whether the author allowed changing votes', () => {
    const finished = { isFinished: true, canRevote: false, canVote: false }
    expect(
      parseAttach({ ...copyOf(getExample.attach), ...finished, OPTIONS: 1 })
        .allowsVoteChange,
    ).toBe(true)
    expect(
      parseAttach({ ...copyOf(getExample.attach), ...finished, OPTIONS: 0 })
        .allowsVoteChange,
    ).toBe(false)
  })

  test.each([
    ['no attach at all', undefined],
    ['an empty PHP array', []],
    ['a counter that is not a number', { ...copyOf(getExample.attach), COUNTER: 'many' }],
    ['a missing flag', { ...copyOf(getExample.attach), isVoted: undefined }],
    [
      'a non-empty list where a map belongs',
      { ...copyOf(getExample.attach), userAnswerMap: [1] },
    ],
  ])('a payload with %s is rejected as invalid', (_, payload) => {
    expect(() => parseAttach(payload)).toThrow(InvalidPayloadError)
  })
})
