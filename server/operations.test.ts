import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { votedAttach } from '../src/testing/fixtures/attach.ts'
import { renderWorkerBundle } from './render-worker-bundle.ts'
import { startAppServer, type RunningServer } from './app-server.ts'

const PAGE = [
  '<!doctype html><html lang="en"><head><title>Chat Poll</title></head>',
  '<body><div id="root"></div></body></html>',
].join('')
const TOKEN = 'access-token-7f3a'
/** How long the portal takes to answer: long enough to stop the server meanwhile. */
const PORTAL_DELAY_MS = 300

let root: string
let portal: ReturnType<typeof createServer>
let portalHost: string
let portalReads = 0

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'operations-'))
  await writeFile(join(root, 'index.html'), PAGE)
  portal = createServer((req, res) => {
    portalReads += 1
    req.resume()
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ result: { attach: votedAttach() }, time: {} }))
    }, PORTAL_DELAY_MS)
  })
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve))
  portalHost = `127.0.0.1:${String((portal.address() as AddressInfo).port)}`
})

afterAll(async () => {
  portal.closeAllConnections()
  await new Promise((resolve) => portal.close(resolve))
  await rm(root, { recursive: true, force: true })
})

async function startApp(accessLog?: (line: string) => void): Promise<RunningServer> {
  return startAppServer({
    root,
    portalOrigins: [`http://${portalHost}`],
    firstPaint: {
      readLimits: { deadlineMs: 5_000 },
      renderWorker: await renderWorkerBundle(),
    },
    accessLog,
  })
}

function openFromPortal(app: RunningServer): Promise<Response> {
  const query = new URLSearchParams({ DOMAIN: portalHost, PROTOCOL: '0', LANG: 'en' })
  return fetch(`${app.url}?${query.toString()}`, {
    method: 'POST',
    body: new URLSearchParams({
      AUTH_ID: TOKEN,
      PLACEMENT: 'IM_CONTEXT_MENU',
      PLACEMENT_OPTIONS: '{"messageId":"7"}',
    }),
  })
}

describe('running the app server', () => {
  let app: RunningServer
  const lines: string[] = []

  beforeAll(async () => {
    app = await startApp((line) => lines.push(line))
  })

  afterAll(() => app.close())

  test('the health check answers without reading from any portal', async () => {
    const reads = portalReads
    const [get, head] = await Promise.all([
      fetch(new URL('/healthz', app.url)),
      fetch(new URL('/healthz', app.url), { method: 'HEAD' }),
    ])

    expect([get.status, head.status]).toEqual([200, 200])
    expect(await get.text()).toBe('ok')
    expect(get.headers.get('cache-control')).toBe('no-store')
    expect(portalReads).toBe(reads)
  })

  test('the access log has a line per request, without query or token', async () => {
    lines.length = 0
    await (
      await fetch(new URL(`/poll?DOMAIN=${portalHost}&AUTH_ID=${TOKEN}`, app.url))
    ).text()
    await (await openFromPortal(app)).text()
    await (await fetch(new URL('/assets/gone.js', app.url))).text()

    await expect.poll(() => lines.length).toBe(3)
    expect(lines).toEqual([
      expect.stringMatching(/^GET \/poll 200 \d+ms unpainted$/),
      expect.stringMatching(/^POST \/ 200 \d+ms painted$/),
      expect.stringMatching(/^GET \/assets\/gone\.js 404 \d+ms unpainted$/),
    ])
    expect(lines.join('\n')).not.toContain(TOKEN)
  })
})

describe('stopping the app server', () => {
  test('lets a request in flight finish with its poll, then stops', async () => {
    const app = await startApp()
    const reads = portalReads
    const opening = openFromPortal(app)
    await expect.poll(() => portalReads).toBe(reads + 1)

    const stopped = app.close()
    const response = await opening

    expect(response.status).toBe(200)
    expect(await response.text()).toContain('How are you?')
    await stopped
    await expect(fetch(app.url)).rejects.toThrow()
  })

  test('cuts off what is still in flight when the grace period ends', async () => {
    const app = await startApp()
    const client = connect(Number(new URL(app.url).port), '127.0.0.1')
    client.on('error', () => undefined)
    await new Promise((resolve) => client.once('connect', resolve))
    // A body that never comes, a request the server would otherwise wait minutes for.
    client.write('POST / HTTP/1.1\r\nHost: app\r\nContent-Length: 100\r\n\r\nAUTH_ID=')
    const cutOff = new Promise((resolve) => client.once('close', resolve))

    await app.close(100)
    await cutOff

    expect(client.destroyed).toBe(true)
  })
})
