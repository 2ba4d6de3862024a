import { expect, test } from 'vitest'
import { restError } from '@/testing/fake-portal'
import { outOfReach } from './poll-out-of-reach'

test.each([
  ['a poll deleted with its message', restError('ATTACH_NOT_FOUND'), 'not-found'],
  [
    'a read denied as the docs name it',
    restError('ATTACH_READ_ACCESS_DENIED', 'Access denied'),
    'no-access',
  ],
  [
    'a read denied as the module sends it, without a code',
    restError('', 'Attach read access denied '),
    'no-access',
  ],
  [
    'a server error',
    restError('INTERNAL_SERVER_ERROR', 'Internal error', 500),
    undefined,
  ],
  ['a refusal', restError('400', 'Cannot save poll.'), undefined],
  [
    'an error that is not the portal’s',
    new Error('Attach read access denied'),
    undefined,
  ],
])('%s is told apart', (_, error, reach) => {
  expect(outOfReach(error)).toBe(reach)
})
