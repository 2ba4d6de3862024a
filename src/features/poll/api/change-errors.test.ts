import { expect, test } from 'vitest'
import { restError } from '@/testing/fake-portal'
import {
  isInactivePollError,
  isRefusal,
  RecallRefusedError,
  VoteRefusedError,
} from './change-errors'

test.each<[string, unknown, boolean]>([
  ['a vote answered with an empty result', new VoteRefusedError(), true],
  ['a withdrawal answered with an empty result', new RecallRefusedError(), true],
  ['the docs’ "400"', restError('400', 'Cannot save poll.'), true],
  ['a vote on an inactive poll', restError('403', 'The poll is inactive.', 403), true],
  ['a read denied without a code', restError('', 'Attach read access denied'), false],
  [
    'another error of the portal',
    restError('ACCESS_DENIED', 'Access denied', 403),
    false,
  ],
  ['a failure that is not the portal’s', new Error('400'), false],
])('%s is told as a refusal: %s', (_, error, refusal) => {
  expect(isRefusal(error)).toBe(refusal)
})

test('a refusal says which call came back empty', () => {
  expect(new VoteRefusedError()).toMatchObject({
    name: 'VoteRefusedError',
    message: 'vote.AttachedVote.vote returned no attach',
  })
  expect(new RecallRefusedError()).toMatchObject({
    name: 'RecallRefusedError',
    message: 'vote.AttachedVote.recall returned no attach',
  })
})

test.each<[string, unknown, boolean]>([
  ['a vote on an inactive poll', restError('403', 'The poll is inactive.', 403), true],
  ['the docs’ "400"', restError('400', 'Cannot save poll.'), false],
  ['an error without a code', restError('', 'Attach read access denied'), false],
  ['a failure that is not the portal’s', new Error('403'), false],
])('%s may mean a closed poll: %s', (_, error, inactive) => {
  expect(isInactivePollError(error)).toBe(inactive)
})
