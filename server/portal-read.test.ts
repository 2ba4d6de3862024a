import type { ServerResponse } from 'node:http'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { postForJson, type PortalReadLimits } from './portal-read.ts'
import { startStubPortal, type StubPortal } from './testing/stub-portal.ts'

/** Small caps, so that the answers at and past each one stay a few bytes long. */
const LIMITS: PortalReadLimits = {
  deadlineMs: 60_000,
  maxBytes: 64,
  maxDepth: 3,
  maxValues: 6,
}

let portal: StubPortal
let url: string

beforeAll(async () => {
  portal = await startStubPortal()
  url = `${portal.origin}/rest`
})

afterAll(() => portal.close())

/** The portal answers the next reads with `answer`, its earlier requests forgotten. */
function answerBy(answer: (res: ServerResponse) => void) {
  portal.requests.length = 0
  portal.answer = answer
}

function answerWith(
  body: string | Buffer,
  headers: Record<string, string> = {},
  status = 200,
) {
  answerBy((res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
    res.end(body)
  })
}

async function read(limits: Partial<PortalReadLimits> = {}): Promise<string | undefined> {
  const bytes = await postForJson(url, '{"ID":1}', { ...LIMITS, ...limits })
  return bytes && Buffer.from(bytes).toString('utf8')
}

describe("reading a portal's answer", () => {
  test('a portal on https is read over TLS', async () => {
    const opened: number[] = []
    const tlsPortal = createNetServer((socket) => {
      socket.once('data', (chunk: Buffer) => {
        opened.push(chunk[0] ?? 0)
        socket.destroy()
      })
    })
    await new Promise<void>((resolve) => tlsPortal.listen(0, '127.0.0.1', resolve))
    const { port } = tlsPortal.address() as AddressInfo
    try {
      const read = await postForJson(
        `https://127.0.0.1:${String(port)}/rest`,
        '{}',
        LIMITS,
      )

      expect(read).toBeUndefined()
      // 0x16: the record a TLS handshake opens with.
      expect(opened).toEqual([0x16])
    } finally {
      await new Promise((resolve) => tlsPortal.close(resolve))
    }
  })

  test('posts the JSON body and asks for JSON in the encodings it reads', async () => {
    answerWith('{}')

    expect(await read()).toBe('{}')
    expect(portal.requests).toEqual([
      {
        method: 'POST',
        url: '/rest',
        body: '{"ID":1}',
        headers: expect.objectContaining({
          'content-type': 'application/json',
          accept: 'application/json',
          'accept-encoding': 'gzip, deflate, br',
          'content-length': '8',
        }) as unknown,
      },
    ])
  })

  test('the bytes fill an ArrayBuffer of their own, to be handed to a thread whole', async () => {
    answerWith('[1,2]')

    const bytes = await postForJson(url, '{}', LIMITS)

    expect(bytes?.buffer.byteLength).toBe(5)
  })

  test('an answer of exactly the cap is read; one byte over falls back', async () => {
    const atCap = `"${'x'.repeat(LIMITS.maxBytes - 2)}"`
    answerWith(atCap)
    expect(await read()).toBe(atCap)

    answerWith(`"${'x'.repeat(LIMITS.maxBytes - 1)}"`)
    expect(await read()).toBeUndefined()
  })

  test('the cap counts the bytes after decompression', async () => {
    const overCap = `"${'x'.repeat(LIMITS.maxBytes * 4)}"`
    expect(gzipSync(overCap).byteLength).toBeLessThan(LIMITS.maxBytes)

    answerWith(gzipSync(overCap), { 'Content-Encoding': 'gzip' })
    expect(await read()).toBeUndefined()
  })

  test('nesting up to the limit is read; one level deeper falls back', async () => {
    answerWith('[[[]],[[]]]')
    expect(await read()).toBe('[[[]],[[]]]')

    answerWith('[[[[]]]]')
    expect(await read()).toBeUndefined()
  })

  test('nesting is followed across the chunks of one answer', async () => {
    answerBy((res) => {
      res.writeHead(200)
      res.write('[[')
      setTimeout(() => res.end('[[]]]]'), 20)
    })

    expect(await read()).toBeUndefined()
  })

  test('objects that close end their level of nesting', async () => {
    answerWith('[{},{},{}]')

    expect(await read({ maxDepth: 2, maxValues: 20 })).toBe('[{},{},{}]')
  })

  test('an answer in several chunks is read whole, in order', async () => {
    answerBy((res) => {
      res.writeHead(200)
      res.write('[1,')
      setTimeout(() => res.end('2]'), 20)
    })

    expect(await read()).toBe('[1,2]')
  })

  test('values and keys up to the limit are read; one more falls back', async () => {
    // An object or array, a comma or a colon: one value each.
    answerWith('{"a":[1,2],"b":3}')
    expect(await read()).toBe('{"a":[1,2],"b":3}')

    answerWith('{"a":[1,2,3],"b":4}')
    expect(await read()).toBeUndefined()
  })

  test('brackets, commas and colons inside strings are neither nesting nor values', async () => {
    const text = JSON.stringify(['\\"[[[[{{{{,,,,::::', '\\'])
    answerWith(text)

    expect(await read({ maxDepth: 1, maxValues: 2 })).toBe(text)
  })

  test('a string that ends in an escaped backslash ends there', async () => {
    answerWith('["\\\\",[[[]]]]')

    expect(await read()).toBeUndefined()
  })

  test.each([
    ['none', undefined, (body: string) => Buffer.from(body)],
    ['identity', 'identity', (body: string) => Buffer.from(body)],
    ['empty', '', (body: string) => Buffer.from(body)],
    ['gzip', 'gzip', gzipSync],
    ['x-gzip', 'x-gzip', gzipSync],
    ['GZIP with spaces', ' GZIP ', gzipSync],
    ['deflate', 'deflate', deflateSync],
    ['br', 'br', brotliCompressSync],
  ])('an answer in the encoding %s is read', async (_, encoding, encode) => {
    answerWith(
      encode('[1,2]'),
      encoding === undefined ? {} : { 'Content-Encoding': encoding },
    )

    expect(await read()).toBe('[1,2]')
  })

  test.each([
    ['stacked', 'gzip, gzip', gzipSync(gzipSync('[1]'))],
    ['unknown', 'compress', Buffer.from('[1]')],
  ])('an answer in a %s encoding falls back', async (_, encoding, body) => {
    answerWith(body, { 'Content-Encoding': encoding })

    expect(await read()).toBeUndefined()
  })

  test.each([200, 299])('an answer with status %i is read', async (status) => {
    answerWith('[1]', {}, status)

    expect(await read()).toBe('[1]')
  })

  test.each([300, 302, 400, 500])(
    'an answer with status %i falls back',
    async (status) => {
      answerWith('[1]', { Location: url }, status)

      expect(await read()).toBeUndefined()
    },
  )

  test.each([
    ['an error status', 500, {}],
    ['an unknown encoding', 200, { 'Content-Encoding': 'compress' }],
  ])('an answer refused for %s is not read on', async (_, status, headers) => {
    let portalSaw: 'closed' | 'open' = 'open'
    answerBy((res) => {
      res.writeHead(status, headers)
      res.write('[1,')
      res.once('close', () => (portalSaw = 'closed'))
    })

    expect(await read()).toBeUndefined()
    await expect.poll(() => portalSaw, { timeout: 10_000 }).toBe('closed')
  })

  test('an answer that never comes falls back at the deadline', async () => {
    answerBy(() => undefined)

    expect(await read({ deadlineMs: 50 })).toBeUndefined()
  })

  test('an answer whose body never ends falls back at the deadline', async () => {
    answerBy((res) => {
      res.writeHead(200)
      res.write('[1,')
    })

    expect(await read({ deadlineMs: 50 })).toBeUndefined()
  })

  test('a portal that cannot be reached falls back', async () => {
    expect(await postForJson('http://127.0.0.1:9/rest', '{}', LIMITS)).toBeUndefined()
  })
})
