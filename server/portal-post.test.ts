import { describe, expect, test } from 'vitest'
import { isAllowed, portalPostOf } from './portal-post.ts'

const PORTAL = 'https://example.bitrix24.com'

function post(query: Record<string, string>, form: Record<string, string> = {}) {
  return portalPostOf(
    new URLSearchParams(query),
    new URLSearchParams({ AUTH_ID: 'token', ...form }),
    [PORTAL],
  )
}

describe("Bitrix24's form POST to the handler", () => {
  test('names the portal, the user’s language, the placement and its options', () => {
    expect(
      post(
        { DOMAIN: 'example.bitrix24.com', PROTOCOL: '1', LANG: 'ru', APP_SID: 'abc' },
        { PLACEMENT: 'IM_CONTEXT_MENU', PLACEMENT_OPTIONS: '{"messageId":"1002"}' },
      ),
    ).toEqual({
      origin: PORTAL,
      authId: 'token',
      lang: 'ru',
      placement: { code: 'IM_CONTEXT_MENU', options: { messageId: '1002' } },
    })
  })

  test('without options, takes them as the SDK does: empty', () => {
    expect(
      post({ DOMAIN: 'example.bitrix24.com', PROTOCOL: '1' })?.placement.options,
    ).toBe('')
  })

  test('without a language, placement or readable options, reads as the SDK would', () => {
    expect(
      post({ DOMAIN: 'example.bitrix24.com', PROTOCOL: '1' }, { PLACEMENT_OPTIONS: '{' }),
    ).toMatchObject({ lang: 'en', placement: { code: 'DEFAULT', options: '' } })
  })

  test.each([
    ['another portal', { DOMAIN: 'other.bitrix24.com', PROTOCOL: '1' }],
    [
      'the allowed host over plain http',
      { DOMAIN: 'example.bitrix24.com', PROTOCOL: '0' },
    ],
    ['no protocol', { DOMAIN: 'example.bitrix24.com' }],
    ['no domain', { PROTOCOL: '1' }],
    ['a path after the host', { DOMAIN: 'example.bitrix24.com/rest', PROTOCOL: '1' }],
    [
      'a user before the host',
      { DOMAIN: 'evil.test@example.bitrix24.com', PROTOCOL: '1' },
    ],
    [
      'a host ending in the allowed one',
      { DOMAIN: 'example.bitrix24.com.evil.test', PROTOCOL: '1' },
    ],
    ['another port', { DOMAIN: 'example.bitrix24.com:8443', PROTOCOL: '1' }],
    ['a port out of range', { DOMAIN: 'example.bitrix24.com:99999', PROTOCOL: '1' }],
  ])('from %s is not one to read the poll for', (_, query) => {
    expect(post(query)).toBeUndefined()
  })

  test.each(['2130706433', '127.1', '0x7f.0.0.1', '0177.0.0.1', '0x7f000001'])(
    'naming the allowed address as %s is not one to read the poll for',
    (alias) => {
      const query = new URLSearchParams({ DOMAIN: `${alias}:8080`, PROTOCOL: '0' })
      const form = new URLSearchParams({ AUTH_ID: 'token' })

      expect(portalPostOf(query, form, ['http://127.0.0.1:8080'])).toBeUndefined()
      query.set('DOMAIN', '127.0.0.1:8080')
      expect(portalPostOf(query, form, ['http://127.0.0.1:8080'])).toBeDefined()
    },
  )

  test.each(['constructor', 'toString', '__proto__', 'EN', 'en-US'])(
    'with the language %j, reads in English',
    (lang) => {
      expect(
        post({ DOMAIN: 'example.bitrix24.com', PROTOCOL: '1', LANG: lang })?.lang,
      ).toBe('en')
    },
  )

  test('without a token is not one to read the poll for', () => {
    const form = new URLSearchParams({ PLACEMENT: 'IM_CONTEXT_MENU' })
    const query = new URLSearchParams({ DOMAIN: 'example.bitrix24.com', PROTOCOL: '1' })

    expect(portalPostOf(query, form, [PORTAL])).toBeUndefined()
  })

  test('a token of 1 024 characters is read; one character longer is not a token', () => {
    const query = { DOMAIN: 'example.bitrix24.com', PROTOCOL: '1' }

    expect(post(query, { AUTH_ID: 'x'.repeat(1024) })?.authId).toHaveLength(1024)
    expect(post(query, { AUTH_ID: 'x'.repeat(1025) })).toBeUndefined()
  })

  test.each(['2', 'https', ''])(
    'with the protocol %j is not one to read the poll for',
    (protocol) => {
      const query = new URLSearchParams({
        DOMAIN: 'example.bitrix24.com',
        PROTOCOL: protocol,
      })
      const form = new URLSearchParams({ AUTH_ID: 'token' })

      // Both schemes allowed: the protocol alone decides.
      expect(
        portalPostOf(query, form, [PORTAL, 'http://example.bitrix24.com']),
      ).toBeUndefined()
    },
  )

  test('names its portal as browsers do: lower case, without the default port', () => {
    expect(post({ DOMAIN: 'Example.Bitrix24.com:443', PROTOCOL: '1' })?.origin).toBe(
      PORTAL,
    )
  })
})

describe('the portals an operator allows', () => {
  const origins = ['https://*.bitrix24.com', 'http://localhost:8080']

  test.each([
    ['https://team.bitrix24.com', true],
    ['https://a.team.bitrix24.com', true],
    ['https://bitrix24.com', false],
    ['http://team.bitrix24.com', false],
    ['https://team.bitrix24.com:8443', false],
    ['https://team.bitrix24.com.evil.test', false],
    ['http://localhost:8080', true],
    ['http://localhost:8081', false],
  ])('%s allowed: %s', (origin, allowed) => {
    expect(isAllowed(origin, origins)).toBe(allowed)
  })

  test('a wildcard over plain http allows hosts under it over plain http only', () => {
    expect(isAllowed('http://team.lan.example', ['http://*.lan.example'])).toBe(true)
    expect(isAllowed('https://team.lan.example', ['http://*.lan.example'])).toBe(false)
  })
})
