import { describe, expect, test } from 'vitest'
import { fakePortal, restError } from '@/testing/fake-portal'
import { installApp, MENU_TITLES } from './install-app'

const handler = 'https://poll.example/'

describe('installing the app', () => {
  test('adds Chat Poll to the chat message menu in every language, then finishes', async () => {
    const portal = fakePortal({ 'placement.bind': () => true }, { isInstallMode: true })

    await installApp(portal, handler)

    expect(portal.calls).toEqual([
      {
        method: 'placement.bind',
        params: expect.objectContaining({
          PLACEMENT: 'IM_CONTEXT_MENU',
          HANDLER: handler,
          TITLE: 'Chat Poll',
          OPTIONS: { context: 'ALL', role: 'USER', extranet: 'N' },
        }) as unknown,
      },
    ])
    const langAll = portal.calls[0]?.params.LANG_ALL as Record<string, { TITLE: string }>
    expect(Object.keys(langAll).sort()).toEqual([
      'ar',
      'br',
      'de',
      'en',
      'la',
      'ru',
      'ua',
    ])
    expect(langAll.de).toEqual({ TITLE: MENU_TITLES.de })
    expect(portal.finishedInstalls).toBe(1)
  })

  test('finds the menu item already there from an earlier run and still finishes', async () => {
    const portal = fakePortal(
      {
        'placement.bind': () => {
          throw restError(
            'ERROR_CORE',
            'Unable to set placement handler: Handler already binded',
          )
        },
      },
      { isInstallMode: true },
    )

    await installApp(portal, handler)

    expect(portal.finishedInstalls).toBe(1)
  })

  test.each([
    [
      'another error of the binding',
      restError('ERROR_CORE', 'Unable to set placement handler: Handler must be a URL'),
    ],
    [
      'another error that mentions the binding',
      restError('ERROR_ARGUMENT', 'Handler already binded'),
    ],
    [
      'an error that is not Bitrix24’s',
      Object.assign(new Error('Handler already binded'), { code: 'ERROR_CORE' }),
    ],
  ])('does not finish on %s', async (_, error) => {
    const portal = fakePortal(
      {
        'placement.bind': () => {
          throw error
        },
      },
      { isInstallMode: true },
    )

    await expect(installApp(portal, handler)).rejects.toBe(error)
    expect(portal.finishedInstalls).toBe(0)
  })

  test('does not finish when Bitrix24 refuses the menu item', async () => {
    const portal = fakePortal(
      {
        'placement.bind': () => {
          throw restError(
            'ACCESS_DENIED',
            'Access denied! Administrator access required',
            403,
          )
        },
      },
      { isInstallMode: true },
    )

    await expect(installApp(portal, handler)).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
    })
    expect(portal.finishedInstalls).toBe(0)
  })
})
