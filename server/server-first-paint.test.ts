import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { onlyQuestion, votedAttach } from '../src/testing/fixtures/attach.ts'
import { startAppServer, type RunningServer } from './app-server.ts'
import { serverFirstPage } from './server-first-paint.ts'
import { appRoot, PAGE, type AppRoot } from './testing/app-root.ts'
import { paintInProcess } from './testing/paint-in-process.ts'
import {
  PORTAL_REFRESH_TOKEN as REFRESH,
  PORTAL_TOKEN as TOKEN,
  startStubPortal,
  type PortalOpening,
  type StubPortal,
} from './testing/stub-portal.ts'

const DEADLINE_MS = 200
/** Small caps, for a fast suite: a real answer in these tests is about 3 kB. */
const MAX_BYTES = 64 * 1024
const MAX_VALUES = 5_000

const paint = paintInProcess()
let root: AppRoot
let portal: StubPortal
let app: RunningServer
/** The same, with one read in flight at most and a deadline no test reaches. */
let patientApp: RunningServer

// Servers per test: what they set up as they start belongs to the test that checks it.
beforeEach(async () => {
  root = await appRoot({ 'index.html': PAGE })
  portal = await startStubPortal()
  app = await startAppServer({
    root: root.path,
    portalOrigins: [portal.origin],
    firstPaint: {
      paint,
      readLimits: { deadlineMs: DEADLINE_MS, maxBytes: MAX_BYTES, maxValues: MAX_VALUES },
    },
  })
  patientApp = await startAppServer({
    root: root.path,
    portalOrigins: [portal.origin],
    firstPaint: {
      paint,
      readLimits: { deadlineMs: 60_000, maxBytes: MAX_BYTES, maxValues: MAX_VALUES },
    },
    limits: { maxPortalReads: 1 },
  })
})

afterEach(async () => {
  await Promise.all([app.close(), patientApp.close()])
  await portal.close()
  await root.remove()
})

/** The portal's form POST that opens the app, as Bitrix24 sends it. */
function openFromPortal(
  options: PortalOpening & {
    /** Another app server than the suite's. */
    url?: string
  } = {},
): Promise<string> {
  return portal
    .openApp(options.url ?? app.url, options)
    .then((response) => response.text())
}

/** What the page shows before any script runs: the content of `#root`. */
function painted(html: string): string {
  const start = html.indexOf('<div id="root">') + '<div id="root">'.length
  return html.slice(start, html.indexOf('</div><script type="application/json"'))
}

describe("the app server's first paint", () => {
  test('the portal’s POST gets the page with the poll painted in', async () => {
    portal.answerWith(200, { result: { attach: votedAttach() }, time: {} })

    const html = await openFromPortal({ lang: 'de' })

    expect(html).toContain('<html lang="de" dir="ltr">')
    expect(painted(html)).toContain('How are you?')
    expect(painted(html)).toContain('role="meter"')
    expect(html).toContain('<script type="application/json" id="server-data">')
    expect(html).toContain('<div class="skeleton"></div>')
  })

  test('a page painted for Bitrix24 does not wait for the colour-scheme script', async () => {
    const paintedPage = await openFromPortal()
    const asFile = await fetch(app.url).then((response) => response.text())

    expect(paintedPage).not.toContain('color-scheme')
    expect(paintedPage).toContain(
      '<title>Chat Poll</title><script type="module" src="/assets/app.js"></script>',
    )
    expect(asFile).toContain('<script id="color-scheme" src="/assets/color-scheme.js">')
  })

  test('a page painted for Bitrix24 fetches the SDK only once it has hydrated', async () => {
    const paintedPage = await openFromPortal()
    const asFile = await fetch(app.url).then((response) => response.text())

    expect(paintedPage).not.toContain('/assets/sdk.js')
    expect(paintedPage).toContain(
      '<script type="module" src="/assets/app.js"></script></head>',
    )
    expect(asFile).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/sdk.js" data-after-hydration>',
    )
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
    portal.answerWith(500, { error: 'INTERNAL_SERVER_ERROR', error_description: TOKEN })

    const pages = [await openFromPortal(), await openFromPortal({ lang: 'ar' })]
    portal.answerWith(200, { result: { attach: votedAttach() }, time: {} })
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
    portal.answerWith(200, { result: { attach }, time: {} })

    const html = await openFromPortal()

    expect(painted(html)).toContain('<bdi><b>Lunch</b> $&amp; </bdi>')
    expect(painted(html)).not.toMatch(/<img|onerror|<script|alert/)
    // The poll's data cannot close its script element early: the app's module
    // and the data are the page's only scripts.
    expect(html.split('</script>')).toHaveLength(3)
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
        portal.answerWith(400, {
          error: 'ATTACH_NOT_FOUND',
          error_description: 'Attach not found',
        })
      },
    ],
    [
      'a body that is not JSON',
      () => {
        portal.answerWith(200, '<html>Bad gateway</html>')
      },
    ],
    [
      'a payload that is not a poll',
      () => {
        portal.answerWith(200, { result: { attach: { ID: 'x' } } })
      },
    ],
    [
      'a refusal without an attach',
      () => {
        portal.answerWith(200, { result: [] })
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
        portal.answerWith(200, paddedAnswer('x'.repeat(MAX_BYTES)))
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
        portal.answerWith(200, paddedAnswer(new Array<number>(MAX_VALUES).fill(0)))
      },
    ],
    [
      'a poll nested deeper than any real attach',
      () => {
        portal.answerWith(200, paddedAnswer(JSON.parse('['.repeat(40) + ']'.repeat(40))))
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

  test('a paint that has ended leaves its place to the next POST', async () => {
    const first = await openFromPortal({ url: patientApp.url })
    const second = await openFromPortal({ url: patientApp.url })

    expect(painted(first)).toContain('How are you?')
    expect(painted(second)).toContain('How are you?')
  })
})

test('a paint that fails gets the page as it is', async () => {
  const failing = await startAppServer({
    root: root.path,
    portalOrigins: [portal.origin],
    firstPaint: { paint: () => Promise.reject(new Error('The render failed')) },
  })
  try {
    expect(await openFromPortal({ url: failing.url })).toBe(PAGE)
    expect(portal.requests).toHaveLength(1)
  } finally {
    await failing.close()
  }
})

describe('starting the app server with the first paint', () => {
  test.each([
    ['an empty #root', PAGE.replace('<div id="root"></div>', '')],
    ['<html lang="en">', PAGE.replace('<html lang="en">', '<html>')],
  ])('a page without %s for the poll stops the start', async (_, page) => {
    const other = await appRoot({ 'index.html': page })
    try {
      await expect(
        startAppServer({
          root: other.path,
          portalOrigins: [portal.origin],
          firstPaint: { paint },
        }),
      ).rejects.toThrow(
        `${join(other.path, 'index.html')} has no empty <div id="root"></div> ` +
          'or no <html lang="en"> for the server to paint the poll into',
      )
    } finally {
      await other.remove()
    }
  })
})

describe('the page with the poll', () => {
  const query = (domain: string) =>
    new URLSearchParams({ DOMAIN: domain, PROTOCOL: '0', LANG: 'en' })
  const form = (placement: string, options = '{"messageId":"1002"}') =>
    new URLSearchParams({
      AUTH_ID: TOKEN,
      PLACEMENT: placement,
      PLACEMENT_OPTIONS: options,
    })

  test.each([
    ['a portal not allowed', 'evil.test', 'IM_CONTEXT_MENU', undefined],
    ['a placement without a poll', undefined, 'DEFAULT', ''],
  ])('is not made, nor painted, for %s', async (_, domain, placement, options) => {
    const painter = vi.fn(paint)

    const page = await serverFirstPage(
      PAGE,
      query(domain ?? portal.host),
      form(placement, options),
      {
        portalOrigins: [portal.origin],
        paint: painter,
      },
    )

    expect(page).toBeUndefined()
    expect(painter).not.toHaveBeenCalled()
  })

  test('is not painted when the portal gives no answer', async () => {
    portal.answerWith(500, { error: 'INTERNAL_SERVER_ERROR' })
    const painter = vi.fn(paint)

    const page = await serverFirstPage(
      PAGE,
      query(portal.host),
      form('IM_CONTEXT_MENU'),
      {
        portalOrigins: [portal.origin],
        paint: painter,
      },
    )

    expect(page).toBeUndefined()
    expect(painter).not.toHaveBeenCalled()
  })

  test('is not made when the answer cannot be painted', async () => {
    portal.answerWith(200, { result: { attach: { ID: 'x' } } })

    const page = await serverFirstPage(
      PAGE,
      query(portal.host),
      form('IM_CONTEXT_MENU'),
      {
        portalOrigins: [portal.origin],
        paint,
      },
    )

    expect(page).toBeUndefined()
  })
})
