import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
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
    plugins: [answerPortalPost()],
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
