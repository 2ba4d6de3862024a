import { expect, test } from 'vitest'
import { restError } from '@/testing/fake-portal'
import { isRefusal, RecallRefusedError, VoteRefusedError } from './refusals'

test.each<[string, unknown, boolean]>([
  ['a vote answered with an empty result', new VoteRefusedError(), true],
  ['a withdrawal answered with an empty result', new RecallRefusedError(), true],
  ['the docs’ "400"', restError('400', 'Cannot save poll.'), true],
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
