import { ApiVersion, B24Hook, SdkError } from '@bitrix24/b24jssdk'
import { afterEach, describe, expect, test } from 'vitest'
import {
  connectToBitrix24,
  sendFormBodies,
  toFormBody,
  toRestError,
} from './bitrix24-frame'

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

describe('REST calls as the browser sends them', () => {
  const CHAT_MESSAGE = {
    moduleId: 'im',
    entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
    entityId: 4711,
  }

  test('a single-choice ballot in a chat message is a form body PHP reads as the same ballot', () => {
    const body = toFormBody({
      ...CHAT_MESSAGE,
      ballot: { 12: ['50'] },
      actionUuid: 'a1b2',
      auth: 'TOKEN',
    })

    expect(body).toBe(
      'moduleId=im&entityType=Bitrix%5CVote%5CAttachment%5CImMessageConnector' +
        '&entityId=4711&ballot[12][]=50&actionUuid=a1b2&auth=TOKEN',
    )
  })

  test('a multi-choice ballot sends every answer chosen under its question', () => {
    const body = toFormBody({
      ...CHAT_MESSAGE,
      ballot: { 12: ['50', '52'], 13: ['60'] },
      actionUuid: 'a1b2',
      auth: 'TOKEN',
    })

    expect(body).toBe(
      'moduleId=im&entityType=Bitrix%5CVote%5CAttachment%5CImMessageConnector' +
        '&entityId=4711&ballot[12][]=50&ballot[12][]=52&ballot[13][]=60' +
        '&actionUuid=a1b2&auth=TOKEN',
    )
  })

  test('a news-feed poll’s ballot names the poll by its signed attachment', () => {
    const body = toFormBody({
      signedAttachId: 'abc.def+/=',
      ballot: { 7: ['31', '33'] },
      actionUuid: 'c3d4',
      auth: 'TOKEN',
    })

    expect(body).toBe(
      'signedAttachId=abc.def%2B%2F%3D&ballot[7][]=31&ballot[7][]=33' +
        '&actionUuid=c3d4&auth=TOKEN',
    )
  })

  test('paging parameters nest in brackets too', () => {
    expect(
      toFormBody({ attachId: 5, pageNavigation: { pageSize: 50, currentPage: 2 } }),
    ).toBe('attachId=5&pageNavigation[pageSize]=50&pageNavigation[currentPage]=2')
  })

  test('the SDK posts the form body with no header a browser would preflight', async () => {
    const sdk = new B24Hook({ b24Url: 'https://portal.example', userId: 1, secret: 's' })
    sdk.offClientSideWarning()
    sendFormBodies(sdk)
    const client = sdk.getHttpClient(ApiVersion.v2).ajaxClient
    const sent: { method?: string; headers: Record<string, unknown>; data: unknown }[] =
      []
    client.defaults.adapter = (config) => {
      sent.push({
        method: config.method,
        headers: config.headers.toJSON(),
        data: config.data as unknown,
      })
      return Promise.resolve({
        data: { result: true, time: { operating: 0, operating_reset_at: 0 } },
        status: 200,
        statusText: 'OK',
        headers: {},
        config,
      })
    }

    await sdk.actions.v2.call.make({
      method: 'vote.AttachedVote.recall',
      params: { attachId: 5 },
    })

    expect(sent).toEqual([
      {
        method: 'post',
        headers: {
          Accept: 'application/json, text/plain, */*',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        data: 'attachId=5',
      },
    ])
  })
})
