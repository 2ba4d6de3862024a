import { describe, expect, test } from 'vitest'
import { restError } from '@/testing/fake-portal'
import { failureKind } from './failure-kind'

describe('what a failed call means to the user', () => {
  test.each([
    ['no connection', restError('NETWORK_ERROR', 'Network connection failed', 0)],
    ['a request that timed out', restError('REQUEST_TIMEOUT', 'timeout', 408)],
  ])('%s is a connection problem', (_, error) => {
    expect(failureKind(error)).toBe('connection')
  })

  test.each([
    ['an internal error', restError('INTERNAL_SERVER_ERROR', 'Internal error', 500)],
    ['a failing gateway', restError('JSSDK_AXIOS_ERROR', 'Bad Gateway', 502)],
    [
      'a rate limit the SDK could not wait out',
      restError('QUERY_LIMIT_EXCEEDED', '', 503),
    ],
    ['an answer that is not JSON', restError('JSSDK_UNKNOWN_ERROR', 'Unexpected end', 0)],
    ['something that is not a REST error', new Error('boom')],
  ])('%s is a problem on the way or on Bitrix24’s side', (_, error) => {
    expect(failureKind(error)).toBe('server')
  })

  test.each([
    [
      'a read Bitrix24 turns down without a code',
      restError('', 'Attach read access denied', 400),
    ],
    ['a refusal', restError('ACCESS_DENIED', 'Access denied!', 403)],
    ['a missing scope', restError('insufficient_scope', '', 401)],
    ['a method the portal does not have', restError('ERROR_METHOD_NOT_FOUND', '', 404)],
  ])('%s is a refusal, which trying again cannot change', (_, error) => {
    expect(failureKind(error)).toBe('refused')
  })
})
