import { connect, type Socket } from 'node:net'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { startAppServer, type RunningServer } from './app-server.ts'
import { appRoot, type AppRoot } from './testing/app-root.ts'

const PAGE = '<!doctype html><title>Chat Poll</title>'
/** Small limits, for a fast suite; no test here waits as long as one second. */
const LIMITS = {
  headersTimeoutMs: 200,
  requestTimeoutMs: 300,
  keepAliveTimeoutMs: 200,
  maxFormBytes: 1024,
}
/** Longer than any limit above: a connection still open then was never closed. */
const PATIENCE_MS = 2_000

let root: AppRoot
let app: RunningServer
let port: number

// A server per test: what it sets up as it starts belongs to the test that checks it.
beforeEach(async () => {
  root = await appRoot({ 'index.html': PAGE })
  app = await startAppServer({
    root: root.path,
    portalOrigins: ['https://example.bitrix24.com'],
    limits: LIMITS,
  })
  port = Number(new URL(app.url).port)
})

afterEach(async () => {
  await app.close()
  await root.remove()
})

/** A raw connection to the app server, with everything it received and how it ended. */
interface Client {
  readonly socket: Socket
  received(): string
  /** Whether the server closed the connection within PATIENCE_MS. */
  closed(): Promise<boolean>
}

async function openClient(): Promise<Client> {
  const socket = connect(port, '127.0.0.1')
  await new Promise((resolve) => socket.once('connect', resolve))
  let received = ''
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')))
  // A server that closes while the client still writes resets the connection.
  socket.on('error', () => undefined)
  const ended = new Promise<true>((resolve) =>
    socket.once('close', () => {
      resolve(true)
    }),
  )
  return {
    socket,
    received: () => received,
    closed: () =>
      Promise.race([
        ended,
        new Promise<false>((resolve) =>
          setTimeout(() => {
            resolve(false)
          }, PATIENCE_MS),
        ),
      ]).finally(() => socket.destroy()),
  }
}

describe('slow clients', () => {
  test('a client that never finishes its headers is answered 408 and cut off', async () => {
    const client = await openClient()
    client.socket.write('POST / HTTP/1.1\r\nHost: app\r\nContent-Type: text/pla')

    expect(await client.closed()).toBe(true)
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /)
  })

  test('a client that never finishes its body is answered 408 and cut off', async () => {
    const client = await openClient()
    client.socket.write(
      'POST / HTTP/1.1\r\nHost: app\r\nContent-Length: 100\r\n\r\nAUTH_ID=',
    )

    expect(await client.closed()).toBe(true)
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /)
  })

  test('a kept-alive connection answers the next request on it', async () => {
    const client = await openClient()
    const answers = () => client.received().match(/HTTP\/1\.1 200 /g)?.length ?? 0
    client.socket.write('GET / HTTP/1.1\r\nHost: app\r\n\r\n')
    await expect.poll(answers).toBe(1)

    client.socket.write('GET / HTTP/1.1\r\nHost: app\r\n\r\n')

    await expect.poll(answers).toBe(2)
    client.socket.destroy()
  })

  test('an idle kept-alive connection is closed', async () => {
    const client = await openClient()
    client.socket.write('GET / HTTP/1.1\r\nHost: app\r\n\r\n')

    expect(await client.closed()).toBe(true)
    expect(client.received()).toMatch(/^HTTP\/1\.1 200 /)
  })
})

describe('oversized forms', () => {
  test('a form declared larger than the cap is refused with 413 before it is read', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      body: new URLSearchParams({ AUTH_ID: 'x'.repeat(LIMITS.maxFormBytes) }),
    })

    expect(response.status).toBe(413)
  })

  test('a streamed form is read up to the cap only, then refused with 413', async () => {
    const client = await openClient()
    client.socket.write(
      'POST / HTTP/1.1\r\nHost: app\r\nTransfer-Encoding: chunked\r\n\r\n',
    )
    const chunk = 'x'.repeat(16 * 1024)
    const frame = `${chunk.length.toString(16)}\r\n${chunk}\r\n`
    let sent = 0
    // 100 MB offered, as fast as the server takes them.
    while (sent < 100 * 1024 * 1024 && !client.socket.destroyed) {
      sent += chunk.length
      if (!client.socket.write(frame)) {
        const drained = await Promise.race([
          new Promise<boolean>((resolve) =>
            client.socket.once('drain', () => {
              resolve(true)
            }),
          ),
          new Promise<boolean>((resolve) =>
            client.socket.once('close', () => {
              resolve(false)
            }),
          ),
        ])
        if (!drained) break
      }
    }

    expect(await client.closed()).toBe(true)
    expect(client.received()).toMatch(/^HTTP\/1\.1 413 /)
    expect(client.received()).toMatch(/\r\nConnection: close\r\n/i)
    expect(client.received()).toMatch(/\r\nContent-Length: 0\r\n/i)
    // What the socket buffers on both sides can hold, far below what was offered.
    expect(sent).toBeLessThan(16 * 1024 * 1024)
  })
})
