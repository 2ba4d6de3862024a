import { createServer } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { startAppServer, type RunningServer } from './app-server.ts'
import { appRoot, type AppRoot } from './testing/app-root.ts'

const PORTAL = 'https://example.bitrix24.com'
const PAGE =
  '<!doctype html><title>Chat Poll</title><script src="/assets/app-abc123.js"></script>'
const SCRIPT = 'console.log("poll")'
const ROBOTS = 'User-agent: *\nDisallow: /'

let root: AppRoot
let server: RunningServer

// A server per test: what it sets up as it starts belongs to the test that checks it.
beforeEach(async () => {
  root = await appRoot({
    'index.html': PAGE,
    'assets/app-abc123.js': SCRIPT,
    'assets/report.html': '<script>alert(1)</script>',
    'assets/notes.html.txt': 'Notes',
    'robots.txt': ROBOTS,
  })
  server = await startAppServer({ root: root.path, portalOrigins: [PORTAL] })
})

afterEach(async () => {
  await server.close()
  await root.remove()
})

function request(path: string, init?: RequestInit): Promise<Response> {
  return fetch(new URL(path, server.url), init)
}

async function expectTheApp(response: Response) {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(response.headers.get('content-security-policy')).toContain(PORTAL)
  expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(PAGE)))
  expect(await response.text()).toBe(PAGE)
}

describe('the app server', () => {
  test('the app opens at the root', async () => {
    await expectTheApp(await request('/'))
  })

  test("a portal's POST to the handler URL gets the app", async () => {
    const response = await request('/', {
      method: 'POST',
      body: new URLSearchParams({ AUTH_ID: 'secret-token', REFRESH_ID: 'other-secret' }),
    })

    await expectTheApp(response)
  })

  test('the page may only be framed by the portal and only talk to the portal', async () => {
    const policy = (await request('/')).headers.get('content-security-policy') ?? ''
    const sources = Object.fromEntries(
      policy.split('; ').map((directive) => {
        const [name = '', ...values] = directive.split(' ')
        return [name, values.join(' ')]
      }),
    )

    expect(sources).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': `'self' data: ${PORTAL} https:`,
      'connect-src': PORTAL,
      'frame-ancestors': PORTAL,
      'base-uri': "'none'",
      'form-action': "'none'",
      'object-src': "'none'",
      'require-trusted-types-for': "'script'",
      'trusted-types': 'dompurify',
    })
  })

  test('a deep path opens the app too', async () => {
    await expectTheApp(await request('/some/path?DOMAIN=example.bitrix24.com'))
  })

  test('a HEAD request gets the page headers without a body', async () => {
    const response = await request('/', { method: 'HEAD' })

    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain(PORTAL)
    expect(await response.text()).toBe('')
  })

  test('hashed assets are cached for good', async () => {
    const response = await request('/assets/app-abc123.js')

    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    )
    expect(await response.text()).toBe(SCRIPT)
  })

  test('an unchanged asset is not sent again to a browser that has it', async () => {
    const first = await request('/assets/app-abc123.js')
    const again = await request('/assets/app-abc123.js', {
      headers: { 'If-None-Match': first.headers.get('etag') ?? '' },
    })

    expect(again.status).toBe(304)
  })

  test('files outside /assets/ are checked for changes on every use', async () => {
    const response = await request('/robots.txt')

    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(await response.text()).toBe(ROBOTS)
  })

  test('no HTML file is served as a file: every page is the app, with its policy', async () => {
    for (const path of ['/index.html', '/INDEX.HTM', '/assets/report.html']) {
      await expectTheApp(await request(path))
    }
    expect((await request('/assets/report')).status).toBe(404)
  })

  test('a file whose name only holds .html on the way is served as a file', async () => {
    const response = await request('/assets/notes.html.txt')

    expect(await response.text()).toBe('Notes')
  })

  test('a dot in a folder of the path does not make it a file', async () => {
    await expectTheApp(await request('/v1.2/poll'))
  })

  test('a path that is not a valid URI opens the app too', async () => {
    await expectTheApp(await request('/poll%E0%A4%A'))
  })

  test('a missing asset is a 404, not the page', async () => {
    const responses = await Promise.all([
      request('/assets/app-gone99'),
      request('/assets/app-gone99.js'),
      request('/favicon.ico'),
    ])

    expect(responses.map((response) => response.status)).toEqual([404, 404, 404])
  })

  test('every answer forbids content sniffing and referrers', async () => {
    const responses = await Promise.all([
      request('/'),
      request('/assets/app-abc123.js'),
      request('/assets/app-gone99.js'),
    ])

    for (const response of responses) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    }
  })

  test('other methods are refused with the allowed ones', async () => {
    const response = await request('/', { method: 'DELETE' })

    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST')
  })

  test('assets only answer reads', async () => {
    const response = await request('/assets/app-abc123.js', { method: 'POST' })

    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })
})

describe('starting the app server', () => {
  test.each([
    'https://example.bitrix24.com/',
    'https://example.bitrix24.com/path',
    'example.bitrix24.com',
    'ftp://example.bitrix24.com',
    "https://example.bitrix24.com; script-src 'unsafe-inline'",
    'https://*',
    'https://portal.*.com',
    'https://*.0.0.1',
    'http://2130706433',
    'http://127.1',
    'http://0x7f.0.0.1',
  ])('the invalid portal origin %j stops the start', async (origin) => {
    await expect(
      startAppServer({ root: root.path, portalOrigins: [origin] }),
    ).rejects.toThrow('is not a portal origin')
  })

  test('no portal origin at all stops the start', async () => {
    await expect(startAppServer({ root: root.path, portalOrigins: [] })).rejects.toThrow(
      'At least one Bitrix24 portal origin is needed',
    )
  })

  test('a wildcard subdomain, a port and plain http are valid origins', async () => {
    const origins = ['https://*.bitrix24.com', 'http://localhost:8080']
    const other = await startAppServer({ root: root.path, portalOrigins: origins })
    try {
      const policy = (await fetch(other.url)).headers.get('content-security-policy')

      expect(policy).toContain(`frame-ancestors ${origins.join(' ')}`)
    } finally {
      await other.close()
    }
  })

  test('listens on the loopback address unless told otherwise', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  test('an IPv6 host is named in brackets in the address', async () => {
    const other = await startAppServer({
      root: root.path,
      host: '::1',
      portalOrigins: [PORTAL],
    })
    try {
      expect(other.url).toMatch(/^http:\/\/\[::1\]:\d+\/$/)
      await expectTheApp(await fetch(other.url))
    } finally {
      await other.close()
    }
  })

  test('a port already taken stops the start', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const { port } = taken.address() as { port: number }
    try {
      await expect(
        startAppServer({ root: root.path, port, portalOrigins: [PORTAL] }),
      ).rejects.toThrow('EADDRINUSE')
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })

  test('a root without index.html stops the start', async () => {
    await expect(
      startAppServer({ root: join(root.path, 'assets'), portalOrigins: [PORTAL] }),
    ).rejects.toMatchObject({
      message: `Cannot read the app's page at ${join(root.path, 'assets', 'index.html')}`,
      cause: { code: 'ENOENT' },
    })
  })
})
