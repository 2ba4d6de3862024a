import { SdkError } from '@bitrix24/b24jssdk'
import { afterEach, describe, expect, test } from 'vitest'
import { connectToBitrix24, toRestError } from './bitrix24-frame'

describe('connecting to Bitrix24 with the real SDK', () => {
  afterEach(() => {
    window.name = ''
  })

  test('a page opened outside a Bitrix24 frame is recognised as such', async () => {
    window.name = ''

    await expect(connectToBitrix24(5_000)).resolves.toEqual({
      status: 'outside-bitrix24',
    })
  })

  test('a parent that never answers ends in "no answer" instead of waiting forever', async () => {
    window.name = 'portal.example|1|APPSID'

    await expect(connectToBitrix24(50)).resolves.toEqual({ status: 'no-answer' })
  })
})

describe('errors from the portal, as the app sees them', () => {
  const answered = (status: number, data: unknown, sdkCode: string, sdkMessage: string) =>
    toRestError(
      new SdkError({
        code: sdkCode,
        status,
        description: sdkMessage,
        originalError: { response: { status, data } },
      }),
    )

  test('a read-access denial without a code keeps its description', () => {
    const error = answered(
      400,
      { error: 0, error_description: 'Attach read access denied' },
      'ERR_BAD_REQUEST',
      'Request failed with status code 400',
    )

    expect([error.code, error.message, error.httpStatus]).toEqual([
      '',
      'Attach read access denied',
      400,
    ])
  })

  test('the code "0" counts as no code', () => {
    const error = answered(
      400,
      { error: '0', error_description: 'Attach read access denied' },
      'ERR_BAD_REQUEST',
      'Attach read access denied',
    )

    expect(error.code).toBe('')
  })

  test('a numeric code arrives as the same string the portal meant', () => {
    const error = answered(
      400,
      { error: 403, error_description: 'The poll is inactive.' },
      'ERR_BAD_REQUEST',
      'Request failed with status code 400',
    )

    expect([error.code, error.message]).toEqual(['403', 'The poll is inactive.'])
  })

  test('a failure without an answer keeps the SDK’s code', () => {
    const error = toRestError(
      new SdkError({ code: 'NETWORK_ERROR', status: 0, description: 'Network Error' }),
    )

    expect([error.code, error.httpStatus]).toEqual(['NETWORK_ERROR', 0])
  })
})
