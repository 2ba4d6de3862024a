import { describe, expect, test } from 'vitest'
import { restError } from '@/testing/fake-portal'
import { votedAttach, withdrawnAttach } from '@/testing/fixtures/attach'
import { parseAttach } from '../api/attach-payload'
import {
  ChangeFailedError,
  ChangeUnconfirmedError,
  RecallRefusedError,
  VoteRefusedError,
} from '../api/change-errors'
import { NoAnswerError } from '../api/poll-change'
import { explainChangeError } from './change-error'

const lostConnection = restError('NETWORK_ERROR', 'Network Error', 0)
const failed = (attach: Record<string, unknown>, cause: unknown) =>
  new ChangeFailedError(parseAttach(attach), cause)

describe('what the user is told when a change does not go through', () => {
  test.each([
    ['vote', failed(withdrawnAttach(), lostConnection), 'voteFailed'],
    ['restore', failed(withdrawnAttach(), lostConnection), 'undoFailed'],
    ['withdraw', failed(votedAttach(), lostConnection), 'withdrawFailed'],
    ['vote', failed(withdrawnAttach(), new VoteRefusedError()), 'voteRefused'],
    [
      'change',
      failed(withdrawnAttach(), new VoteRefusedError()),
      'voteChangeLostPrevious',
    ],
    ['restore', failed(withdrawnAttach(), new VoteRefusedError()), 'undoNotAllowed'],
    ['withdraw', failed(votedAttach(), new RecallRefusedError()), 'withdrawRefused'],
    [
      'vote',
      failed(withdrawnAttach({ isFinished: true }), lostConnection),
      'votePollFinished',
    ],
    [
      'withdraw',
      failed(votedAttach({ isFinished: true }), lostConnection),
      'withdrawPollClosed',
    ],
    ['vote', new ChangeUnconfirmedError(new NoAnswerError()), 'voteUnconfirmed'],
    ['withdraw', new ChangeUnconfirmedError(new NoAnswerError()), 'withdrawUnconfirmed'],
  ] as const)('a failed %s: %#', (action, error, message) => {
    expect(explainChangeError(action, error)?.message).toBe(message)
  })

  test('a poll its author closed is named only for a vote; a withdrawal hears a refusal', () => {
    const closed = { canVote: false, canRevote: false }
    const inactive = restError('403', 'The poll is inactive.')
    expect(explainChangeError('vote', failed(withdrawnAttach(closed), inactive))).toEqual(
      {
        message: 'votePollClosed',
      },
    )
    expect(explainChangeError('withdraw', failed(votedAttach(closed), inactive))).toEqual(
      {
        message: 'withdrawRefused',
        details: inactive,
      },
    )
  })

  test('a poll out of reach is explained by the screen, not here', () => {
    const gone = restError('ATTACH_NOT_FOUND', 'Attach not found')
    expect(explainChangeError('withdraw', gone)).toBeUndefined()
  })
})
