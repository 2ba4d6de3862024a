import {
  AjaxResult,
  ApiVersion,
  B24Hook,
  SdkError,
  initializeB24Frame,
  type B24Frame,
} from '@bitrix24/b24jssdk'
import { afterEach, describe, expect, test, vi } from 'vitest'
import {
  connectToBitrix24,
  sendFormBodies,
  toFormBody,
  toRestError,
} from './bitrix24-frame'
import type { Portal } from './portal'

// The real SDK, with the frame it connects to replaced where a test says so.
vi.mock(import('@bitrix24/b24jssdk'), async (importOriginal) => {
  const sdk = await importOriginal()
  return { ...sdk, initializeB24Frame: vi.fn(sdk.initializeB24Frame) }
})

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

/** What the app uses of the SDK's frame, answering as `answers` says, recording what it is sent. */
function fakeFrame(
  answers: {
    isInstallMode?: boolean
    make?: (query: { method: string; params: object }) => Promise<AjaxResult>
    installFinish?: () => Promise<unknown>
  } = {},
) {
  const calls: { method: string; params: object }[] = []
  const messages: { command: string; params: unknown }[] = []
  const defaults = {
    headers: { post: {} as Record<string, string> },
    transformRequest: undefined as unknown,
  }
  const frame = {
    getLang: () => 'de',
    getTargetOrigin: () => 'https://portal.example',
    placement: { placement: 'IM_CONTEXT_MENU', options: { messageId: '13' } },
    isInstallMode: answers.isInstallMode ?? false,
    installFinish: answers.installFinish ?? (() => Promise.resolve(true)),
    actions: {
      v2: {
        call: {
          make: (query: { method: string; params: object }) => {
            calls.push(query)
            return answers.make ? answers.make(query) : Promise.resolve(answered(true))
          },
        },
      },
    },
    parent: {
      message: {
        send: (command: string, params: unknown) => {
          messages.push({ command, params })
          return Promise.resolve({})
        },
      },
    },
    getHttpClient: () => ({ ajaxClient: { defaults } }),
  }
  return { frame: frame as unknown as B24Frame, calls, messages, defaults }
}

/** The SDK's result of a REST call the portal answered with `answer`. */
function answered(result: unknown, status = 200) {
  return new AjaxResult({
    answer: { result, time: { operating: 0, operating_reset_at: 0 } } as never,
    query: { method: 'vote.AttachedVote.get', params: {}, requestId: 'r1' },
    status,
  })
}

/** The SDK's result of a REST call the portal turned down. */
function refused(error: string, description: string, status: number) {
  return new AjaxResult({
    answer: { error, error_description: description },
    query: { method: 'vote.AttachedVote.get', params: {}, requestId: 'r1' },
    status,
  })
}

async function connectedPortal(frame: B24Frame): Promise<Portal> {
  vi.mocked(initializeB24Frame).mockResolvedValueOnce(frame)
  const connection = await connectToBitrix24(5_000)
  if (connection.status !== 'connected') throw new Error(connection.status)
  return connection.portal
}

describe('connecting to Bitrix24', () => {
  test('a parent that answers connects, with the user’s language, the portal’s address and the placement', async () => {
    const { frame } = fakeFrame()
    vi.mocked(initializeB24Frame).mockResolvedValueOnce(frame)

    const connection = await connectToBitrix24(5_000)

    expect(connection).toMatchObject({
      status: 'connected',
      portal: {
        lang: 'de',
        origin: 'https://portal.example',
        placement: { code: 'IM_CONTEXT_MENU', options: { messageId: '13' } },
        isInstallMode: false,
      },
    })
  })

  test('an app opened to be installed knows it', async () => {
    const portal = await connectedPortal(fakeFrame({ isInstallMode: true }).frame)

    expect(portal.isInstallMode).toBe(true)
  })

  test('once connected, REST calls go as form bodies', async () => {
    const { frame, defaults } = fakeFrame()

    await connectedPortal(frame)

    expect(defaults.headers.post['Content-Type']).toBe(
      'application/x-www-form-urlencoded',
    )
    expect(defaults.transformRequest).toBe(toFormBody)
  })

  test('leaves no timer running once connected', async () => {
    vi.useFakeTimers()
    try {
      await connectedPortal(fakeFrame().frame)

      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })

  test.each([
    [
      'an SDK error',
      new SdkError({ code: 'JSSDK_INIT_ERROR', status: 0, description: 'x' }),
    ],
    ['any other error', new Error('The parent sent no data')],
  ])('a parent whose answer fails with %s ends in "no answer"', async (_, error) => {
    vi.mocked(initializeB24Frame).mockRejectedValueOnce(error)

    await expect(connectToBitrix24(5_000)).resolves.toEqual({ status: 'no-answer' })
  })
})

describe('REST calls through the SDK', () => {
  test('resolve with the portal’s result, for the method and parameters asked', async () => {
    const { frame, calls } = fakeFrame({
      make: () => Promise.resolve(answered({ attach: { ID: '5' } })),
    })
    const portal = await connectedPortal(frame)

    await expect(
      portal.callMethod('vote.AttachedVote.get', { messageId: 13 }),
    ).resolves.toEqual({ attach: { ID: '5' } })
    expect(calls).toEqual([
      { method: 'vote.AttachedVote.get', params: { messageId: 13 } },
    ])
  })

  test('reject with the portal’s error when it turns the call down', async () => {
    const portal = await connectedPortal(
      fakeFrame({
        make: () => Promise.resolve(refused('ACCESS_DENIED', 'Access denied!', 403)),
      }).frame,
    )

    const error: unknown = await portal
      .callMethod('placement.bind', {})
      .catch((reason: unknown) => reason)

    expect(error).toMatchObject({
      name: 'RestError',
      code: 'ACCESS_DENIED',
      message: 'Access denied!',
      httpStatus: 403,
    })
  })

  test('reject with the SDK’s code when the call never got an answer', async () => {
    const portal = await connectedPortal(
      fakeFrame({
        make: () =>
          Promise.reject(
            new SdkError({
              code: 'NETWORK_ERROR',
              status: 0,
              description: 'Network Error',
            }),
          ),
      }).frame,
    )

    await expect(portal.callMethod('vote.AttachedVote.get', {})).rejects.toMatchObject({
      name: 'RestError',
      code: 'NETWORK_ERROR',
      httpStatus: 0,
    })
  })

  test('reject with an unknown error when the SDK itself breaks', async () => {
    const portal = await connectedPortal(
      fakeFrame({ make: () => Promise.reject(new TypeError('x is undefined')) }).frame,
    )

    await expect(portal.callMethod('vote.AttachedVote.get', {})).rejects.toMatchObject({
      name: 'RestError',
      code: 'UNKNOWN_ERROR',
      message: 'x is undefined',
      httpStatus: 0,
    })
  })
})

describe('finishing the installation through the SDK', () => {
  test('tells Bitrix24 once', async () => {
    const installFinish = vi.fn(() => Promise.resolve(true))
    const portal = await connectedPortal(fakeFrame({ installFinish }).frame)

    await expect(portal.finishInstall()).resolves.toBeUndefined()
    expect(installFinish).toHaveBeenCalledTimes(1)
  })

  test('rejects with a REST error when the message cannot be sent', async () => {
    const portal = await connectedPortal(
      fakeFrame({ installFinish: () => Promise.reject(new Error('Parent is gone')) })
        .frame,
    )

    await expect(portal.finishInstall()).rejects.toMatchObject({
      name: 'RestError',
      code: 'UNKNOWN_ERROR',
      message: 'Parent is gone',
    })
  })
})

describe('fitting the frame to the app', () => {
  test.each([
    ['content taller than its box', 640, 500, 640],
    ['a box taller than its content', 300, 500, 500],
  ])(
    'asks for the full width and the height of %s',
    async (_, scrollHeight, offsetHeight, height) => {
      const { frame, messages } = fakeFrame()
      const portal = await connectedPortal(frame)
      const content = document.createElement('main')
      Object.defineProperty(content, 'scrollHeight', { value: scrollHeight })
      Object.defineProperty(content, 'offsetHeight', { value: offsetHeight })

      await portal.fitFrame(content)

      expect(messages).toEqual([
        { command: 'resizeWindow', params: { width: '100%', height, isSafely: true } },
      ])
    },
  )
})

describe('errors that are not the portal’s', () => {
  test('an error thrown by the code on the way keeps its message', () => {
    const error = toRestError(new Error('boom'))

    expect([error.code, error.message, error.httpStatus]).toEqual([
      'UNKNOWN_ERROR',
      'boom',
      0,
    ])
  })

  test('something thrown that is not an error at all is told by the unknown code', () => {
    expect(toRestError('boom').message).toBe('UNKNOWN_ERROR')
  })
})
