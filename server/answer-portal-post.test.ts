import { request } from 'node:http'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { answerPortalPost, paintingModules } from './answer-portal-post.ts'
import { appRoot, type AppRoot } from './testing/app-root.ts'
import { startStubPortal, type StubPortal } from './testing/stub-portal.ts'

let root: AppRoot
let server: ViteDevServer
let url: string

beforeAll(async () => {
  root = await appRoot({ 'index.html': '<!doctype html><title>Chat Poll</title>' })
  server = await createServer({
    configFile: false,
    root: root.path,
    logLevel: 'silent',
    plugins: [answerPortalPost({ portalOrigins: [] })],
    server: { host: '127.0.0.1', port: 0, hmr: false, ws: false },
  })
  await server.listen()
  url = server.resolvedUrls?.local[0] ?? ''
})

afterAll(async () => {
  await server.close()
  await root.remove()
})

describe('the dev server for a real portal', () => {
  test("answers the portal's form POST to the handler URL with the app", async () => {
    const response = await fetch(`${url}?DOMAIN=example.bitrix24.com&APP_SID=abc`, {
      method: 'POST',
      headers: { Accept: 'text/html' },
      body: new URLSearchParams({ AUTH_ID: 'secret', PLACEMENT: 'IM_CONTEXT_MENU' }),
    })

    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Chat Poll</title>')
  })

  test('leaves other POSTs to the dev server', async () => {
    const response = await fetch(url, { method: 'POST', body: '{}' })

    expect(response.status).toBe(404)
  })

  test('leaves a POST that names no type it accepts to the dev server', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(url, { method: 'POST' }, (response) => {
        response.resume()
        resolve(response.statusCode)
      })
        .once('error', reject)
        .end('{}')
    })

    expect(status).toBe(404)
  })
})

describe('the dev server with PORTAL_ORIGINS', () => {
  let dev: ViteDevServer
  let devUrl: string
  let portal: StubPortal

  beforeAll(async () => {
    portal = await startStubPortal()
    dev = await createServer({
      configFile: false,
      root: fileURLToPath(new URL('..', import.meta.url)),
      // The sources import src/ as `@/`, as vite.config.ts resolves it.
      resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
      logLevel: 'silent',
      plugins: [react(), answerPortalPost({ portalOrigins: [portal.origin] })],
      server: { host: '127.0.0.1', port: 0, hmr: false, ws: false },
    })
    await dev.listen()
    devUrl = dev.resolvedUrls?.local[0] ?? ''
    // What the first painted POST loads, loaded before the tests: the mutation
    // run (stryker.config.mjs, `ignoreStatic`) credits the code a module runs
    // as it loads to the test that loaded it, and none of these is about it.
    await paintingModules(dev)
  })

  afterAll(async () => {
    await dev.close()
    await portal.close()
  })

  /** A portal's form POST, as a browser sends it for the frame. */
  function openFrom(domain: string, form: Record<string, string> = {}, path = '') {
    return fetch(`${devUrl}${path}?DOMAIN=${domain}&PROTOCOL=0&LANG=en`, {
      method: 'POST',
      headers: { Accept: 'text/html' },
      body: new URLSearchParams({
        AUTH_ID: 'secret',
        PLACEMENT: 'IM_CONTEXT_MENU',
        PLACEMENT_OPTIONS: '{"messageId":"7"}',
        ...form,
      }),
    })
  }

  test("paints the poll, from the current sources, into the page for one of those portals' POST", async () => {
    const response = await openFrom(portal.host)
    const html = await response.text()

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(html).toMatch(/^<!doctype html>\s*<html lang="en" dir="ltr">/)
    expect(html).toContain('<div id="root"><main')
    expect(html).toContain('How are you?')
    expect(html).toContain('/src/main.tsx')
    expect(html).not.toContain('secret')
    expect(portal.requests.map((request) => request.url)).toEqual([
      '/rest/vote.AttachedVote.get.json',
    ])
  })
  test('a POST from another portal gets the page without the poll, and no read', async () => {
    const reads = portal.requests.length
    const response = await openFrom('evil.test')
    const html = await response.text()

    expect(response.status).toBe(200)
    expect(html).toContain('/src/main.tsx')
    expect(html).not.toContain('How are you?')
    expect(portal.requests).toHaveLength(reads)
  })

  test("a form too large to be Bitrix24's is refused", async () => {
    const response = await openFrom(portal.host, { padding: 'x'.repeat(70 * 1024) })

    expect(response.status).toBe(413)
  })
  test("a paint that fails is left to the dev server's error handling", async () => {
    // A path no URL can be made of.
    const response = await openFrom(portal.host, {}, '/')

    expect(response.status).toBe(500)
  })
})
