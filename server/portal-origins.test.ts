import { describe, expect, test } from 'vitest'
import { isHost, portalOriginsFromEnv, validatePortalOrigins } from './portal-origins.ts'

describe('the host a portal names in its POST', () => {
  test.each([
    'example.bitrix24.com',
    'Example.Bitrix24.com',
    'localhost',
    'a-b.example',
    'example.com:1',
    'example.com:65535',
    '127.0.0.1',
    '255.255.255.255:8080',
    '0.0.0.0',
  ])('%j is a host', (host) => {
    expect(isHost(host)).toBe(true)
  })

  test.each([
    '',
    'example.com:0',
    'example.com:65536',
    'example.com:',
    'https://example.com',
    'example.com/rest',
    'user@example.com',
    '-example.com',
    'example-.com',
    'example..com',
    ' example.com',
    'example.com ',
    '256.0.0.1',
    '127.0.0.01',
    '127.1',
    '2130706433',
    '0x7f.0.0.1',
    '0x7f000001',
    'example.0x',
    '0177.0.0.1',
    '1.2.3.4.5',
  ])('%j is not a host', (host) => {
    expect(isHost(host)).toBe(false)
  })
})

describe("the operator's portal origins", () => {
  test.each([
    'https://example.bitrix24.com',
    'https://*.bitrix24.com',
    'http://localhost:8080',
    'HTTP://127.0.0.1:65535',
    'https://*.example.com:8443',
  ])('%j is an origin', (origin) => {
    expect(validatePortalOrigins([origin])).toEqual([origin])
  })

  test.each([
    'https://*.0.0.1',
    'https://*.10.0.0.1',
    'https://*.example.10',
    'https://*.example.0x7f',
    'https://example.com:0',
    'https://example.com:65536',
    'https://127.1',
    'https://*.*.example.com',
    ' https://example.com',
    'https://example.com ',
    'wss://example.com',
  ])('%j stops the start', (origin) => {
    expect(() => validatePortalOrigins(['https://example.com', origin])).toThrow(
      `"${origin}" is not a portal origin: expected http(s)://host[:port] with no path, ` +
        'e.g. https://your-company.bitrix24.com or https://*.bitrix24.com',
    )
  })

  test('none at all stops the start', () => {
    expect(() => validatePortalOrigins([])).toThrow(
      'At least one Bitrix24 portal origin is needed, e.g. https://your-company.bitrix24.com',
    )
  })

  test('are read from a list separated by commas, spaces or both', () => {
    expect(
      portalOriginsFromEnv(' https://a.example, https://b.example\thttp://c.example,,'),
    ).toEqual(['https://a.example', 'https://b.example', 'http://c.example'])
  })

  test('unset or blank, are none', () => {
    expect(portalOriginsFromEnv(undefined)).toEqual([])
    expect(portalOriginsFromEnv(' , ')).toEqual([])
  })

  test('a list with one that is not an origin stops the start', () => {
    expect(() =>
      portalOriginsFromEnv('https://a.example,https://a.example/path'),
    ).toThrow('is not a portal origin')
  })
})
