import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { votedAttach } from '../src/testing/fixtures/attach.ts'
import { answerPortalPost } from './answer-portal-post.ts'

let root: string
let server: ViteDevServer
let url: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dev-server-'))
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Chat Poll</title>')
  server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [answerPortalPost({ portalOrigins: [] })],
    server: { host: '127.0.0.1', port: 0, hmr: false, ws: false },
  })
  await server.listen()
  url = server.resolvedUrls?.local[0] ?? ''
})

afterAll(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
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
})

describe('the dev server with PORTAL_ORIGINS', () => {
  let dev: ViteDevServer
  let devUrl: string
  let portal: ReturnType<typeof createHttpServer>
  let portalHost: string
  const reads: string[] = []

  beforeAll(async () => {
    portal = createHttpServer((req, res) => {
      reads.push(req.url ?? '')
      req.resume()
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ result: { attach: votedAttach() }, time: {} }))
    })
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve))
    portalHost = `127.0.0.1:${String((portal.address() as AddressInfo).port)}`
    dev = await createServer({
      configFile: false,
      root: fileURLToPath(new URL('..', import.meta.url)),
      // The sources import src/ as `@/`, as vite.config.ts resolves it.
      resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
      logLevel: 'silent',
      plugins: [react(), answerPortalPost({ portalOrigins: [`http://${portalHost}`] })],
      server: { host: '127.0.0.1', port: 0, hmr: false, ws: false },
    })
    await dev.listen()
    devUrl = dev.resolvedUrls?.local[0] ?? ''
  })

  afterAll(async () => {
    await dev.close()
    portal.closeAllConnections()
    await new Promise((resolve) => portal.close(resolve))
  })

  test("paints the poll, from the current sources, into the page for one of those portals' POST", async () => {
    const response = await fetch(`${devUrl}?DOMAIN=${portalHost}&PROTOCOL=0&LANG=en`, {
      method: 'POST',
      headers: { Accept: 'text/html' },
      body: new URLSearchParams({
        AUTH_ID: 'secret',
        PLACEMENT: 'IM_CONTEXT_MENU',
        PLACEMENT_OPTIONS: '{"messageId":"7"}',
      }),
    })
    const html = await response.text()

    expect(response.status).toBe(200)
    expect(html).toContain('How are you?')
    expect(html).toContain('/src/main.tsx')
    expect(html).not.toContain('secret')
    expect(reads).toEqual(['/rest/vote.AttachedVote.get.json'])
  })
})
