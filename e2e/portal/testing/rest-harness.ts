import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'
import { PortalClient, type PortalSession } from '../client/portal-client'
import { handleControl } from '../control-api'
import { handleRest } from '../rest/rest-endpoint'
import { SessionStore, type Session } from '../sessions'
import type { World } from '../world'

/**
 * The portal's REST and control endpoints on a loopback port, for the
 * portal's own tests: real HTTP, real parsing, no browser.
 */

export interface RestAnswer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  /** The parsed body; `undefined` when it is not JSON. */
  readonly body: Record<string, unknown> | undefined
}

export interface RestHarness {
  readonly url: string
  readonly sessions: SessionStore
  /** The portal's control client. */
  readonly portal: PortalClient
  /**
   * A session around `world`, with a token for `userId`, and its control
   * client.
   */
  open(
    world: World,
    userId?: number,
  ): { session: Session; token: string; control: PortalSession }
  call(
    token: string | undefined,
    method: string,
    params?: Record<string, unknown>,
  ): Promise<RestAnswer>
  /** A raw request, for the transport's own rules. */
  request(path: string, init?: RequestInit): Promise<RestAnswer>
  close(): Promise<void>
}

/**
 * The harness for the calling test file: started before its tests and
 * closed after them. Its members reach the running harness when a test uses
 * them.
 */
export function useRestHarness(options: HarnessOptions = {}): Omit<RestHarness, 'close'> {
  let started: RestHarness | undefined
  beforeAll(async () => {
    started = await startRestHarness(options)
  })
  afterAll(async () => {
    await started?.close()
  })
  const harness = () => {
    if (!started) throw new Error('The REST harness runs only inside the tests')
    return started
  }
  return {
    get url() {
      return harness().url
    },
    get sessions() {
      return harness().sessions
    },
    get portal() {
      return harness().portal
    },
    open: (world, userId) => harness().open(world, userId),
    call: (token, method, params) => harness().call(token, method, params),
    request: (path, init) => harness().request(path, init),
  }
}

interface HarnessOptions {
  /** Added to every REST request, preflight included, as the portal's own option. */
  readonly latencyMs?: number
}

export async function startRestHarness(
  options: HarnessOptions = {},
): Promise<RestHarness> {
  const sessions = new SessionStore()
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/control/'))
      void handleControl(request, response, sessions)
    else void handleRest(request, response, sessions, options.latencyMs)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`

  const request = async (path: string, init?: RequestInit): Promise<RestAnswer> => {
    const response = await fetch(url + path, init)
    const text = await response.text()
    let body: Record<string, unknown> | undefined
    try {
      body = JSON.parse(text) as Record<string, unknown>
    } catch {
      body = undefined
    }
    return { status: response.status, headers: response.headers, text, body }
  }

  const portal = new PortalClient(url)

  return {
    url,
    sessions,
    portal,
    open(world, userId = 1) {
      const session = sessions.adopt(world)
      return {
        session,
        token: sessions.issueToken(session, userId).accessToken,
        control: portal.session(session.id),
      }
    },
    call: (token, method, params = {}) =>
      request(`/rest/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(token === undefined ? params : { ...params, auth: token }),
      }),
    request,
    close: () =>
      new Promise((done) => {
        server.close(() => {
          done()
        })
        server.closeAllConnections()
      }),
  }
}
