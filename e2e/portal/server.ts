import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { build } from 'esbuild'
import { handleControl } from './control-api'
import { handleRest } from './rest/rest-endpoint'
import { APP_TITLE } from './scenarios'
import { SessionStore } from './sessions'
import { UPLOAD_PREFIX, UPLOADED_PHOTO_PNG } from './uploaded-photo'

/**
 * The simulated Bitrix24 portal: one loopback server that is the app's
 * parent page (a small chat), its REST API and a control API for tests.
 */

export interface PortalOptions {
  /**
   * Where the app is served: a different origin, as in production. A function
   * when the app starts after the portal, once it knows the portal's origin.
   */
  readonly appUrl: string | (() => string | undefined)
  readonly host?: string
  readonly port?: number
  /** Added to every REST request, preflight included: the network between user and portal. */
  readonly latencyMs?: number
}

export interface RunningPortal {
  readonly url: string
  readonly sessions: SessionStore
  close(): Promise<void>
}

/** The session `npm start` shows when the page is opened without one. */
export const DEMO_SESSION = 'demo'
const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'de', name: 'Deutsch' },
  { code: 'la', name: 'Español' },
  { code: 'br', name: 'Português (Brasil)' },
  { code: 'ua', name: 'Українська' },
  { code: 'ar', name: 'العربية' },
]

export async function startPortal(options: PortalOptions): Promise<RunningPortal> {
  const sessions = new SessionStore(options.appUrl)
  // The demo starts where a newcomer starts: the app not yet installed.
  sessions.create('demo', { installed: false }, DEMO_SESSION)
  const assets = await buildChatPage()

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end(error instanceof Error ? error.message : 'Portal error')
    })
  })

  // Test clients keep connections open between calls that can be seconds
  // apart. Node closes an idle one after 5 s by default, and a call sent on
  // it in that very moment fails with ECONNRESET: idle connections stay open
  // instead, and `close()` ends them.
  server.keepAliveTimeout = 0

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://portal')
    if (url.pathname.startsWith('/rest/')) {
      await handleRest(request, response, sessions, options.latencyMs ?? 0)
      return
    }
    if (url.pathname.startsWith('/control/')) {
      await handleControl(request, response, sessions)
      return
    }
    if (url.pathname === '/portal-assets/chat.js') {
      sendText(response, 'text/javascript', assets.script)
      return
    }
    const avatar = /^\/portal-assets\/avatars\/(\d+)\.svg$/.exec(url.pathname)
    if (avatar) {
      sendText(response, 'image/svg+xml', avatarSvg(Number(avatar[1])))
      return
    }
    if (url.pathname.startsWith(UPLOAD_PREFIX)) {
      response.writeHead(200, {
        'Content-Type': 'image/png',
        'Cache-Control': 'no-store',
      })
      response.end(UPLOADED_PHOTO_PNG)
      return
    }
    if (url.pathname === '/portal-assets/chat.css') {
      sendText(response, 'text/css', assets.style)
      return
    }
    if (url.pathname === '/' && request.method === 'GET') {
      sendText(response, 'text/html', chatPageHtml(url, sessions.appUrl ?? ''))
      return
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
  }

  await new Promise<void>((done) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done),
  )
  const { address, port } = server.address() as AddressInfo
  return {
    url: `http://${address}:${port}/`,
    sessions,
    close: () =>
      new Promise((done, fail) => {
        server.close((error) => {
          if (error) fail(error)
          else done()
        })
        server.closeAllConnections()
      }),
  }
}

function chatPageHtml(url: URL, appUrl: string): string {
  const query = url.searchParams
  const config = {
    sessionId: query.get('session') ?? DEMO_SESSION,
    userId: Number(query.get('user') ?? 1),
    lang: query.get('lang') ?? 'en',
    appUrl,
    appTitle: APP_TITLE,
    languages: LANGUAGES,
    open: query.get('open'),
    placement: query.get('placement'),
    options: query.get('options'),
    silentParent: query.get('parent') === 'silent',
  }
  // `<` escaped: the JSON sits inside a script element.
  const json = JSON.stringify(config).replaceAll('<', '\\u003c')
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bitrix24 · Chats</title>
    <link rel="stylesheet" href="/portal-assets/chat.css" />
  </head>
  <body>
    <div id="portal"></div>
    <script type="application/json" id="portal-config">${json}</script>
    <script type="module" src="/portal-assets/chat.js"></script>
  </body>
</html>
`
}

async function buildChatPage(): Promise<{ script: string; style: string }> {
  const folder = resolve(import.meta.dirname, 'chat-page')
  const result = await build({
    entryPoints: [resolve(folder, 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const script = result.outputFiles[0]?.text ?? ''
  const style = await readFile(resolve(folder, 'chat.css'), 'utf8')
  return { script, style }
}

/** A 64×64 avatar: the user's number on a colour of its own. */
function avatarSvg(userId: number): string {
  const hue = (userId * 47) % 360
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="hsl(${hue} 55% 45%)"/><circle cx="32" cy="25" r="11" fill="#fff" opacity="0.9"/><path d="M12 54c4-11 12-15 20-15s16 4 20 15" fill="#fff" opacity="0.9"/></svg>`
}

function sendText(response: ServerResponse, type: string, body: string) {
  response.writeHead(200, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
  })
  response.end(body)
}
