import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { votedAttach } from '../../src/testing/fixtures/attach.ts'

/** The tokens of the portal's form POST: no page or output may show them. */
export const PORTAL_TOKEN = 'access-token-7f3a'
export const PORTAL_REFRESH_TOKEN = 'refresh-token-91bc'

/** One REST call as the portal received it. */
export interface PortalRequest {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage['headers']
  readonly body: string
}

/** What the portal's form POST that opens the app may differ in. */
export interface PortalOpening {
  readonly domain?: string
  readonly protocol?: string
  readonly lang?: string
  /** Fields that replace or join the form's. */
  readonly form?: Record<string, string>
}

/**
 * A Bitrix24 portal on a loopback port, for the app server to read polls
 * from: it records every REST call once its body is in, and answers as told,
 * with a voted poll until told otherwise.
 */
export interface StubPortal {
  /** As Bitrix24 sends it in `DOMAIN`: host and port. */
  readonly host: string
  /** For the app server's `portalOrigins`. */
  readonly origin: string
  readonly requests: PortalRequest[]
  answer: (res: ServerResponse) => void
  answerWith(status: number, body: unknown): void
  /** The form POST with which this portal opens the app at `appUrl`. */
  openApp(appUrl: string, opening?: PortalOpening): Promise<Response>
  close(): Promise<void>
}

export async function startStubPortal(): Promise<StubPortal> {
  const requests: PortalRequest[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
      })
      portal.answer(res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${String((server.address() as AddressInfo).port)}`
  const answerWith = (status: number, body: unknown) => {
    portal.answer = (res) => {
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
  }
  const portal: StubPortal = {
    host,
    origin: `http://${host}`,
    requests,
    answer: () => undefined,
    answerWith,
    openApp: (appUrl, opening = {}) => {
      const query = new URLSearchParams({
        DOMAIN: opening.domain ?? host,
        PROTOCOL: opening.protocol ?? '0',
        LANG: opening.lang ?? 'en',
        APP_SID: 'sid',
      })
      const form = new URLSearchParams({
        AUTH_ID: PORTAL_TOKEN,
        AUTH_EXPIRES: '3600',
        REFRESH_ID: PORTAL_REFRESH_TOKEN,
        member_id: 'member',
        status: 'L',
        PLACEMENT: 'IM_CONTEXT_MENU',
        PLACEMENT_OPTIONS: JSON.stringify({ messageId: '1002' }),
        ...opening.form,
      })
      return fetch(`${appUrl}?${query.toString()}`, { method: 'POST', body: form })
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
  answerWith(200, { result: { attach: votedAttach() }, time: {} })
  return portal
}
