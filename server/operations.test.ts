import { connect } from 'node:net'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { startAppServer, type RunningServer } from './app-server.ts'
import { appRoot, PAGE, type AppRoot } from './testing/app-root.ts'
import { paintInProcess } from './testing/paint-in-process.ts'
import {
  PORTAL_TOKEN as TOKEN,
  startStubPortal,
  type StubPortal,
} from './testing/stub-portal.ts'

/** How long the portal takes to answer: long enough to stop the server meanwhile. */
const PORTAL_DELAY_MS = 300

const paint = paintInProcess()
let root: AppRoot
let portal: StubPortal

beforeEach(async () => {
  root = await appRoot({ 'index.html': PAGE })
  portal = await startStubPortal()
  const answerPoll = portal.answer
  portal.answer = (res) => {
    setTimeout(() => {
      answerPoll(res)
    }, PORTAL_DELAY_MS)
  }
})

afterEach(async () => {
  await portal.close()
  await root.remove()
})

function startApp(accessLog?: (line: string) => void): Promise<RunningServer> {
  return startAppServer({
    root: root.path,
    portalOrigins: [portal.origin],
    firstPaint: { paint, readLimits: { deadlineMs: 5_000 } },
    // Longer than any test: a stop that waited for an idle connection, or
    // for its grace period, would never end within the test.
    limits: { keepAliveTimeoutMs: 60_000, drainMs: 60_000 },
    accessLog,
  })
}

describe('running the app server', () => {
  let app: RunningServer
  const lines: string[] = []

  // A server per test: what it sets up as it starts belongs to the test that checks it.
  beforeEach(async () => {
    app = await startApp((line) => lines.push(line))
  })

  afterEach(() => app.close())

  test('the health check answers without reading from any portal', async () => {
    const reads = portal.requests.length
    const [get, head] = await Promise.all([
      fetch(new URL('/healthz', app.url)),
      fetch(new URL('/healthz', app.url), { method: 'HEAD' }),
    ])

    expect([get.status, head.status]).toEqual([200, 200])
    expect(await get.text()).toBe('ok')
    expect(await head.text()).toBe('')
    expect(get.headers.get('cache-control')).toBe('no-store')
    expect(portal.requests).toHaveLength(reads)
  })

  test('the access log has a line per request, without query or token', async () => {
    lines.length = 0
    const started = performance.now()
    await (
      await fetch(new URL(`/poll?DOMAIN=${portal.host}&AUTH_ID=${TOKEN}`, app.url))
    ).text()
    const took = performance.now() - started
    await (await portal.openApp(app.url)).text()
    await (await fetch(new URL('/assets/gone.js', app.url))).text()
    await (await portal.openApp(app.url, { domain: 'evil.test' })).text()

    await expect.poll(() => lines.length).toBe(4)
    expect(lines).toEqual([
      expect.stringMatching(/^GET \/poll 200 \d+ms unpainted$/),
      expect.stringMatching(/^POST \/ 200 \d+ms painted$/),
      expect.stringMatching(/^GET \/assets\/gone\.js 404 \d+ms unpainted$/),
      expect.stringMatching(/^POST \/ 200 \d+ms unpainted$/),
    ])
    expect(lines.join('\n')).not.toContain(TOKEN)
    expect(Number(/ (\d+)ms /.exec(lines[0] ?? '')?.[1])).toBeLessThanOrEqual(
      Math.ceil(took),
    )
  })

  test('the access log tells a request its client gave up on', async () => {
    lines.length = 0
    const reads = portal.requests.length
    const client = connect(Number(new URL(app.url).port), '127.0.0.1')
    await new Promise((resolve) => client.once('connect', resolve))
    const query = `DOMAIN=${portal.host}&PROTOCOL=0`
    const form = `AUTH_ID=${TOKEN}&PLACEMENT=IM_CONTEXT_MENU&PLACEMENT_OPTIONS=%7B%22messageId%22%3A%221%22%7D`
    client.write(
      `POST /?${query} HTTP/1.1\r\nHost: app\r\nContent-Length: ${String(form.length)}\r\n\r\n${form}`,
    )
    await expect.poll(() => portal.requests.length).toBe(reads + 1)

    client.destroy()

    await expect
      .poll(() => lines)
      .toEqual([expect.stringMatching(/^POST \/ aborted \d+ms unpainted$/)])
  })
})

describe('stopping the app server', () => {
  test('lets a request in flight finish with its poll, then stops', async () => {
    const app = await startApp()
    const reads = portal.requests.length
    const opening = portal.openApp(app.url)
    await expect.poll(() => portal.requests.length).toBe(reads + 1)

    const stopped = app.close()
    const response = await opening

    expect(response.status).toBe(200)
    expect(await response.text()).toContain('How are you?')
    await stopped
    await expect(fetch(app.url)).rejects.toThrow()
  })

  test('closes the idle connections it kept open, without waiting for them', async () => {
    const app = await startApp()
    await (await fetch(app.url)).text()

    await app.close()

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
