import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { onlyQuestion, votedAttach } from '../src/testing/fixtures/attach.ts'
import { renderWorkerBundle } from './render-worker-bundle.ts'
import { startAppServer, type RunningServer } from './app-server.ts'

const PAGE = [
  '<!doctype html><html lang="en"><head><title>Chat Poll</title>',
  '<script type="module" src="/assets/app.js"></script></head>',
  '<body><div id="root"></div><div class="skeleton"></div></body></html>',
].join('')
const TOKEN = 'access-token-7f3a'
const REFRESH = 'refresh-token-91bc'
const DEADLINE_MS = 200
/** Small caps, for a fast suite: a real answer in these tests is about 3 kB. */
const MAX_BYTES = 64 * 1024
const MAX_VALUES = 5_000

/** A portal on a loopback port that records every request and answers as told. */
interface FakePortal {
  readonly host: string
  readonly requests: { url: string; headers: IncomingMessage['headers']; body: string }[]
  answer: (res: ServerResponse) => void
}

let root: string
let portal: FakePortal
let portalServer: ReturnType<typeof createServer>
let app: RunningServer
/** The same, with one read in flight at most and a deadline no test reaches. */
let patientApp: RunningServer

function answerWith(status: number, body: unknown) {
  portal.answer = (res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'first-paint-'))
  await writeFile(join(root, 'index.html'), PAGE)
  portalServer = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      portal.requests.push({ url: req.url ?? '', headers: req.headers, body })
      portal.answer(res)
    })
  })
  await new Promise<void>((resolve) => portalServer.listen(0, '127.0.0.1', resolve))
  const { port } = portalServer.address() as AddressInfo
  portal = { host: `127.0.0.1:${port}`, requests: [], answer: () => undefined }
  app = await startAppServer({
    root,
    portalOrigins: [`http://${portal.host}`],
    firstPaint: {
      renderWorker: await renderWorkerBundle(),
      readLimits: { deadlineMs: DEADLINE_MS, maxBytes: MAX_BYTES, maxValues: MAX_VALUES },
    },
  })
  patientApp = await startAppServer({
    root,
    portalOrigins: [`http://${portal.host}`],
    firstPaint: {
      renderWorker: await renderWorkerBundle(),
      readLimits: { deadlineMs: 60_000, maxBytes: MAX_BYTES, maxValues: MAX_VALUES },
    },
    limits: { maxPortalReads: 1 },
  })
})

afterEach(() => {
  portal.requests.length = 0
  answerWith(200, { result: { attach: votedAttach() }, time: {} })
})

afterAll(async () => {
  await Promise.all([app.close(), patientApp.close()])
  portalServer.closeAllConnections()
  await new Promise((resolve) => portalServer.close(resolve))
  await rm(root, { recursive: true, force: true })
})

/** The portal's form POST that opens the app, as Bitrix24 sends it. */
function openFromPortal(
  options: {
    domain?: string
    protocol?: string
    lang?: string
    form?: Record<string, string>
    /** Another app server than the suite's. */
    url?: string
  } = {},
): Promise<string> {
  const query = new URLSearchParams({
    DOMAIN: options.domain ?? portal.host,
    PROTOCOL: options.protocol ?? '0',
    LANG: options.lang ?? 'en',
    APP_SID: 'sid',
  })
  const form = new URLSearchParams({
    AUTH_ID: TOKEN,
    AUTH_EXPIRES: '3600',
    REFRESH_ID: REFRESH,
    member_id: 'member',
    status: 'L',
    PLACEMENT: 'IM_CONTEXT_MENU',
    PLACEMENT_OPTIONS: JSON.stringify({ messageId: '1002' }),
    ...options.form,
  })
  return fetch(`${options.url ?? app.url}?${query.toString()}`, {
    method: 'POST',
    body: form,
  }).then((response) => response.text())
}

/** What the page shows before any script runs: the content of `#root`. */
function painted(html: string): string {
  const start = html.indexOf('<div id="root">') + '<div id="root">'.length
  return html.slice(start, html.indexOf('</div><script type="application/json"'))
}

describe("the app server's first paint", () => {
  test('the portal’s POST gets the page with the poll painted in', async () => {
    answerWith(200, { result: { attach: votedAttach() }, time: {} })

    const html = await openFromPortal({ lang: 'de' })

    expect(html).toContain('<html lang="de" dir="ltr">')
    expect(painted(html)).toContain('How are you?')
    expect(painted(html)).toContain('role="meter"')
    expect(html).toContain('<script type="application/json" id="server-data">')
    expect(html).toContain('<div class="skeleton"></div>')
  })

  test('the poll is read with one call, the token in its body only', async () => {
    await openFromPortal()

    expect(portal.requests).toHaveLength(1)
    const [request] = portal.requests
    expect(request?.url).toBe('/rest/vote.AttachedVote.get.json')
    expect(request?.headers['content-type']).toBe('application/json')
    expect(JSON.parse(request?.body ?? '')).toEqual({
      moduleId: 'im',
      entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
      entityId: 1002,
      auth: TOKEN,
    })
    expect(JSON.stringify(request?.headers)).not.toContain(TOKEN)
  })

  test('the tokens reach neither the page nor the server’s output', async () => {
    const output: string[] = []
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        output.push(String(chunk))
        return true
      })
    }
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        output.push(args.map(String).join(' '))
      })
    }
    answerWith(500, { error: 'INTERNAL_SERVER_ERROR', error_description: TOKEN })

    const pages = [await openFromPortal(), await openFromPortal({ lang: 'ar' })]
    answerWith(200, { result: { attach: votedAttach() }, time: {} })
    pages.push(await openFromPortal())

    for (const text of [...pages, output.join('\n')]) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain(REFRESH)
    }
  })

  test('HTML poll texts are sanitised with the app’s allow-list', async () => {
    const attach = votedAttach()
    Object.assign(onlyQuestion(attach), {
      QUESTION:
        '<b>Lunch</b> <img src=x onerror="alert(1)"><script>alert(2)</script>$& </script>',
      QUESTION_TYPE: 'html',
    })
    answerWith(200, { result: { attach }, time: {} })

    const html = await openFromPortal()

    expect(painted(html)).toContain('<bdi><b>Lunch</b> $&amp; </bdi>')
    expect(painted(html)).not.toMatch(/<img|onerror|<script|alert/)
    // The poll's data cannot close its script element early.
    expect(html.split('</script>')).toHaveLength(PAGE.split('</script>').length + 1)
  })

  test.each([
    ['a portal not allowed', { domain: 'evil.test' }],
    ['the allowed host under another scheme', { protocol: '1' }],
    [
      'a placement without a poll',
      { form: { PLACEMENT: 'DEFAULT', PLACEMENT_OPTIONS: '' } },
    ],
    ['a form without a token', { form: { AUTH_ID: '' } }],
  ])('%s gets the page as it is, without a request to any portal', async (_, options) => {
    const html = await openFromPortal(options)

    expect(html).toBe(PAGE)
    expect(portal.requests).toEqual([])
  })

  test.each([
    [
      'an error',
      () => {
        answerWith(400, {
          error: 'ATTACH_NOT_FOUND',
          error_description: 'Attach not found',
        })
      },
    ],
    [
      'a body that is not JSON',
      () => {
        answerWith(200, '<html>Bad gateway</html>')
      },
    ],
    [
      'a payload that is not a poll',
      () => {
        answerWith(200, { result: { attach: { ID: 'x' } } })
      },
    ],
    [
      'a refusal without an attach',
      () => {
        answerWith(200, { result: [] })
      },
    ],
    [
      'a redirect elsewhere',
      () => {
        portal.answer = (res) =>
          res.writeHead(302, { Location: 'http://127.0.0.1:9/' }).end()
      },
    ],
    [
      'no answer within the deadline',
      () => {
        portal.answer = (res) => setTimeout(() => res.end(), DEADLINE_MS * 5)
      },
    ],
  ])('a portal that answers with %s gets the page as it is', async (_, answer) => {
    answer()

    const html = await openFromPortal()

    expect(html).toBe(PAGE)
    expect(portal.requests).toHaveLength(1)
  })
})

test('a language that is no language id is painted in English', async () => {
  const pages = [
    await openFromPortal({ lang: 'constructor' }),
    await openFromPortal({ lang: 'toString' }),
  ]

  for (const html of pages) {
    expect(html).toContain('<html lang="en" dir="ltr">')
    expect(painted(html)).toContain('How are you?')
  }
})

/** A valid answer with `padding` beside the poll: the app ignores fields it does not know. */
function paddedAnswer(padding: unknown): string {
  return JSON.stringify({ result: { attach: votedAttach() }, time: {}, padding })
}

function answerGzipped(body: string) {
  portal.answer = (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })
    res.end(gzipSync(body))
  }
}

describe('a hostile portal', () => {
  test('a poll answered gzipped is painted', async () => {
    answerGzipped(paddedAnswer(''))

    expect(painted(await openFromPortal())).toContain('How are you?')
  })

  test.each([
    [
      'a valid poll padded past the cap',
      () => {
        answerWith(200, paddedAnswer('x'.repeat(MAX_BYTES)))
      },
    ],
    [
      'a compressed bomb: a small gzip of a poll padded far past the cap',
      () => {
        answerGzipped(paddedAnswer('x'.repeat(MAX_BYTES * 64)))
      },
    ],
    [
      'a poll padded, within the cap, with more values than any real attach',
      () => {
        answerWith(200, paddedAnswer(new Array<number>(MAX_VALUES).fill(0)))
      },
    ],
    [
      'a poll nested deeper than any real attach',
      () => {
        answerWith(200, paddedAnswer(JSON.parse('['.repeat(40) + ']'.repeat(40))))
      },
    ],
    [
      'an answer in an encoding it never asked for',
      () => {
        portal.answer = (res) => {
          res.writeHead(200, { 'Content-Encoding': 'gzip, gzip' })
          res.end(gzipSync(gzipSync(paddedAnswer(''))))
        }
      },
    ],
  ])('%s gets the page as it is', async (_, answer) => {
    answer()

    const html = await openFromPortal()

    expect(html).toBe(PAGE)
    expect(portal.requests).toHaveLength(1)
  })

  test('an answer that never ends, past the cap, is left at the cap', async () => {
    let portalSaw: 'closed' | 'open' = 'open'
    portal.answer = (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write(paddedAnswer('x'.repeat(MAX_BYTES * 2)).slice(0, -2))
      res.once('close', () => (portalSaw = 'closed'))
    }

    const html = await openFromPortal({ url: patientApp.url })

    expect(html).toBe(PAGE)
    await expect.poll(() => portalSaw).toBe('closed')
  })

  test('past the reads in flight allowed, a POST gets the page at once, without a read', async () => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    portal.answer = (res) => {
      void held.then(() => {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end(paddedAnswer(''))
      })
    }

    const first = openFromPortal({ url: patientApp.url })
    await expect.poll(() => portal.requests.length).toBe(1)
    const second = await openFromPortal({ url: patientApp.url })
    release()

    expect(second).toBe(PAGE)
    expect(painted(await first)).toContain('How are you?')
    expect(portal.requests).toHaveLength(1)
  })
})

describe('starting the app server with the first paint', () => {
  test('a page without an empty #root for the poll stops the start', async () => {
    const other = await mkdtemp(join(tmpdir(), 'first-paint-'))
    await writeFile(join(other, 'index.html'), PAGE.replace('<div id="root"></div>', ''))
    try {
      await expect(
        startAppServer({
          root: other,
          portalOrigins: [`http://${portal.host}`],
          firstPaint: { renderWorker: await renderWorkerBundle() },
        }),
      ).rejects.toThrow('for the server to paint the poll into')
    } finally {
      await rm(other, { recursive: true, force: true })
    }
  })
})
