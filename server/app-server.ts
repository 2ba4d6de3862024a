import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sirv from 'sirv'
import { contentSecurityPolicy } from './content-security-policy.ts'
import { validatePortalOrigins } from './portal-origins.ts'
import { MAX_FORM_BYTES, readForm, refuseTooLarge } from './read-form.ts'
import {
  BUNDLED_RENDER_WORKER,
  RENDER_LIMITS,
  startRenderPool,
  type RenderLimits,
} from './render-pool.ts'
import {
  canPaintFirst,
  serverFirstPage,
  type ServerFirstPaint,
} from './server-first-paint.ts'

export interface AppServerOptions {
  root: string
  host?: string
  port?: number
  portalOrigins: readonly string[]
  /**
   * Paints the poll into the page on the portal's POST (server-first-paint.ts),
   * rendered in threads of its own (render-pool.ts). Without it, every POST
   * gets the page as it is, as from nginx.
   */
  firstPaint?: Pick<ServerFirstPaint, 'readLimits'> & {
    /**
     * Where given, paints instead of the render threads, which are then not
     * started: on the server's own thread, as the dev server paints.
     */
    readonly paint?: ServerFirstPaint['paint']
    /** RENDER_LIMITS where not given: tests use small ones. */
    readonly renderLimits?: Partial<RenderLimits>
    /** BUNDLED_RENDER_WORKER where not given; run from the sources, renderWorkerBundle(). */
    readonly renderWorker?: URL
  }
  /** SERVER_LIMITS where not given: tests use small ones. */
  limits?: Partial<ServerLimits>
  /** Receives one line per request when given: method, path, status, time, painted or not. */
  accessLog?: (line: string) => void
}

export interface RunningServer {
  url: string
  /**
   * Stops taking connections, lets the requests in flight finish within
   * `graceMs` (SERVER_LIMITS.drainMs by default), then cuts the rest.
   */
  close(graceMs?: number): Promise<void>
}

/** How the server treats clients; docs/security.md says where each figure comes from. */
export interface ServerLimits {
  /** Paints in flight, each one portal read and one render; past this a POST gets the page as it is. */
  readonly maxPortalReads: number
  readonly maxFormBytes: number
  /** From the connection (or the previous request on it) to the end of the headers. */
  readonly headersTimeoutMs: number
  /** From the connection to the end of the body. */
  readonly requestTimeoutMs: number
  /** An idle connection kept open for the next request. */
  readonly keepAliveTimeoutMs: number
  /** How long a stopping server waits for the requests in flight. */
  readonly drainMs: number
}

export const SERVER_LIMITS: ServerLimits = {
  // Each holds at most the portal read's 5 MiB cap, about 20 MB once decoded
  // and parsed: 8 keep a flood under 200 MB. Rendering is CPU work on a
  // couple of cores, so more in flight would only make each one slower.
  // Those not rendering yet wait in the render pool's queue.
  maxPortalReads: 8,
  maxFormBytes: MAX_FORM_BYTES,
  // A browser sends a form POST's headers and its few kilobytes of body at once.
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  // Longer than a paint can take (a 400 ms read and a render), within the
  // 30 s a container orchestrator usually waits before it kills.
  drainMs: 10_000,
}

const APP_METHODS = ['GET', 'HEAD', 'POST']
const FILE_METHODS = ['GET', 'HEAD']
// Vite puts a content hash in every name under /assets/: a changed file gets a new URL.
const HASHED_ASSETS = 'public, max-age=31536000, immutable'

export async function startAppServer(options: AppServerOptions): Promise<RunningServer> {
  const portalOrigins = validatePortalOrigins(options.portalOrigins)
  const html = await readIndexHtml(options.root)
  const template = html.toString('utf8')
  if (options.firstPaint && !canPaintFirst(template)) {
    throw new Error(
      `${join(options.root, 'index.html')} has no empty <div id="root"></div> ` +
        'or no <html lang="en"> for the server to paint the poll into',
    )
  }
  const limits = { ...SERVER_LIMITS, ...options.limits }
  const renderPool =
    options.firstPaint && !options.firstPaint.paint
      ? await startRenderPool(
          { ...RENDER_LIMITS, ...options.firstPaint.renderLimits },
          limits.maxPortalReads,
          options.firstPaint.renderWorker ?? BUNDLED_RENDER_WORKER,
        )
      : undefined
  const paint = options.firstPaint?.paint ?? renderPool?.paint
  const readLimits = options.firstPaint?.readLimits
  const firstPaint: ServerFirstPaint | undefined = paint && {
    portalOrigins,
    readLimits,
    paint,
  }
  const appHeaders = {
    'Content-Type': 'text/html; charset=utf-8',
    // A release replaces the asset names index.html points to; a cached copy
    // would load files that no longer exist. A page with a poll in it is one
    // user's, too.
    'Cache-Control': 'no-store',
    'Content-Security-Policy': contentSecurityPolicy(portalOrigins),
  }
  // Without `dev`, sirv lists the files once at start: the server is restarted
  // after each build, like index.html which is read once above.
  // Stryker disable ArrayDeclaration: sirv would try names ending in `.Stryker was here`, which no build writes
  const serveFile = sirv(options.root, {
    etag: true,
    extensions: [],
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? HASHED_ASSETS : 'no-cache',
      )
    },
  })
  // Stryker restore ArrayDeclaration

  const sendApp = (res: ServerResponse, page: Buffer | string = html) => {
    res
      .writeHead(200, { ...appHeaders, 'Content-Length': Buffer.byteLength(page) })
      .end(page)
  }

  let paintsInFlight = 0
  let stopping = false

  const answerPost = async (
    req: IncomingMessage,
    res: ServerResponse,
    outcome: { painted: boolean },
  ) => {
    const form = await readForm(req, limits.maxFormBytes)
    if (form === 'too-large') {
      refuseTooLarge(req, res)
      return
    }
    // The page gets its auth from the SDK: without the first paint, or with
    // every paint slot taken, the form is dropped unseen.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: without a form the client is gone, and without a first paint serverFirstPage throws, caught below: the page goes as it is all the same
    if (!form || !firstPaint || paintsInFlight >= limits.maxPortalReads) {
      sendApp(res)
      return
    }
    paintsInFlight += 1
    try {
      // Stryker disable next-line StringLiteral: Node's server always sets req.url
      const query = new URL(req.url ?? '/', 'http://app').searchParams
      const page = await serverFirstPage(template, query, form, firstPaint).catch(
        () => undefined,
      )
      outcome.painted = page !== undefined
      sendApp(res, page ?? html)
    } finally {
      paintsInFlight -= 1
    }
  }

  // Stryker disable next-line MethodExpression: Math.max only cuts a slow client off up to a second later, which only a timed test could tell
  const connectionsCheckingInterval = Math.min(1_000, limits.headersTimeoutMs)
  const server = createServer({ connectionsCheckingInterval }, (req, res) => {
    const started = performance.now()
    // Stryker disable next-line ObjectLiteral: without the field, `painted` reads undefined, logged as unpainted all the same
    const outcome = { painted: false }
    if (options.accessLog) {
      const log = options.accessLog
      res.once('close', () => {
        log(accessLine(req, res, performance.now() - started, outcome.painted))
      })
    }
    res.once('finish', () => {
      // A stopping server closes each connection as its last request is answered.
      if (stopping)
        setImmediate(() => {
          server.closeIdleConnections()
        })
    })
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    // Stryker disable next-line StringLiteral: Node's server always sets req.method
    const method = req.method ?? ''
    const path = requestPath(req)

    if (path === HEALTH_PATH && FILE_METHODS.includes(method)) {
      // Node sends no body in answer to HEAD, whatever end() is given.
      res.writeHead(200, HEALTH_HEADERS).end('ok')
      return
    }
    if (isFilePath(path)) {
      if (!FILE_METHODS.includes(method)) {
        notAllowed(res, FILE_METHODS)
        return
      }
      serveFile(req, res)
      return
    }
    if (!APP_METHODS.includes(method)) {
      notAllowed(res, APP_METHODS)
      return
    }
    // Stryker disable next-line ConditionalExpression: a GET or HEAD has no form, so no token: answerPost would send the page as it is
    if (method === 'POST') {
      // Bitrix24 opens the app with a form POST carrying the user's tokens and
      // placement: enough to read the poll here and send it in the page.
      void answerPost(req, res, outcome)
      return
    }
    sendApp(res)
  })
  server.headersTimeout = limits.headersTimeoutMs
  server.requestTimeout = limits.requestTimeoutMs
  server.keepAliveTimeout = limits.keepAliveTimeoutMs

  const address = await listen(
    server,
    options.host ?? '127.0.0.1',
    options.port ?? 0,
  ).catch(async (error: unknown) => {
    await renderPool?.close()
    throw error
  })
  return {
    url: `http://${formatHost(address)}:${address.port}/`,
    close: async (graceMs = limits.drainMs) => {
      await new Promise<void>((resolve) => {
        stopping = true
        const cutOff = setTimeout(() => {
          server.closeAllConnections()
        }, graceMs)
        server.close(() => {
          clearTimeout(cutOff)
          resolve()
        })
        server.closeIdleConnections()
      })
      await renderPool?.close()
    },
  }
}

const HEALTH_PATH = '/healthz'
const HEALTH_HEADERS = {
  'Content-Type': 'text/plain; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Length': 2,
}

/** Method, path without its query, status, time and whether the poll was painted in. */
function accessLine(
  req: IncomingMessage,
  res: ServerResponse,
  ms: number,
  painted: boolean,
): string {
  // Stryker disable next-line StringLiteral: Node's server always sets req.url, and split() returns one part at least
  const [path = '/'] = (req.url ?? '/').split('?', 1)
  const outcome = res.writableFinished ? String(res.statusCode) : 'aborted'
  // Stryker disable next-line StringLiteral: Node's server always sets req.method
  return `${req.method ?? '-'} ${path} ${outcome} ${Math.round(ms)}ms ${painted ? 'painted' : 'unpainted'}`
}

async function readIndexHtml(root: string): Promise<Buffer> {
  const path = join(root, 'index.html')
  try {
    return await readFile(path)
  } catch (error) {
    throw new Error(`Cannot read the app's page at ${path}`, { cause: error })
  }
}

// Decoded the way sirv decodes it, so both agree on which file is asked for.
function requestPath(req: IncomingMessage): string {
  // Stryker disable next-line StringLiteral: Node's server always sets req.url, and split() returns one part at least
  const [path = '/'] = (req.url ?? '/').split('?', 1)
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}

// A missing script, stylesheet or icon must end in 404: answering it with the
// page would only hide the broken link. Every other path opens the app.
function isFilePath(path: string): boolean {
  // The app's page is the only HTML answered, so none leaves without its CSP.
  if (/\.html?$/i.test(path)) return false
  // An extension ends the path's last segment: a `/` is no word character.
  return path.startsWith('/assets/') || /\.\w+$/.test(path)
}

function notAllowed(res: ServerResponse, allowed: readonly string[]) {
  res.writeHead(405, { Allow: allowed.join(', '), 'Content-Length': 0 }).end()
}

function listen(
  server: ReturnType<typeof createServer>,
  host: string,
  port: number,
): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      // Stryker disable next-line StringLiteral: a listening server's errors come from its connections, which have listeners of their own; no test can make the server itself fail
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}

function formatHost({ address, family }: AddressInfo): string {
  return family === 'IPv6' ? `[${address}]` : address
}
