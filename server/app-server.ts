import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sirv from 'sirv'
import { contentSecurityPolicy } from './content-security-policy.ts'
import { validatePortalOrigins } from './portal-origins.ts'
import { readForm } from './read-form.ts'
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
   * Paints the poll into the page on the portal's POST (server-first-paint.ts).
   * Without it, every POST gets the page as it is, as from nginx.
   */
  firstPaint?: Pick<ServerFirstPaint, 'renderer' | 'fetch' | 'deadlineMs'>
}

export interface RunningServer {
  url: string
  close(): Promise<void>
}

const APP_METHODS = ['GET', 'HEAD', 'POST']
const FILE_METHODS = ['GET', 'HEAD']
// Vite puts a content hash in every name under /assets/: a changed file gets a new URL.
const HASHED_ASSETS = 'public, max-age=31536000, immutable'

export async function startAppServer(options: AppServerOptions): Promise<RunningServer> {
  const portalOrigins = validatePortalOrigins(options.portalOrigins)
  const html = await readIndexHtml(options.root)
  const template = html.toString('utf8')
  const firstPaint = options.firstPaint && { ...options.firstPaint, portalOrigins }
  if (firstPaint && !canPaintFirst(template)) {
    throw new Error(
      `${join(options.root, 'index.html')} has no empty <div id="root"></div> ` +
        'or no <html lang="en"> for the server to paint the poll into',
    )
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

  const sendApp = (res: ServerResponse, page: Buffer | string = html) => {
    res
      .writeHead(200, { ...appHeaders, 'Content-Length': Buffer.byteLength(page) })
      .end(page)
  }

  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    const method = req.method ?? ''

    if (isFilePath(requestPath(req))) {
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
    if (method === 'POST' && firstPaint) {
      // Bitrix24 opens the app with a form POST carrying the user's tokens and
      // placement: enough to read the poll here and send it in the page.
      void answerPortalPost(req, firstPaint)
        .catch(() => html)
        .then((page) => {
          sendApp(res, page)
        })
      return
    }
    if (method === 'POST') {
      // The page gets its auth from the SDK, so the body is read to the end,
      // to keep the connection usable, and dropped unseen.
      req.once('end', () => {
        sendApp(res)
      })
      req.resume()
      return
    }
    sendApp(res)
  })

  const answerPortalPost = async (
    req: IncomingMessage,
    paint: ServerFirstPaint,
  ): Promise<Buffer | string> => {
    const form = await readForm(req)
    if (!form) return html
    const query = new URL(req.url ?? '/', 'http://app').searchParams
    return (await serverFirstPage(template, query, form, paint)) ?? html
  }

  const address = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0)
  return {
    url: `http://${formatHost(address)}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error)
          else resolve()
        })
      }),
  }
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
  const name = path.slice(path.lastIndexOf('/') + 1)
  // The app's page is the only HTML answered, so none leaves without its CSP.
  if (/\.html?$/i.test(name)) return false
  return path.startsWith('/assets/') || /\.\w+$/.test(name)
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
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}

function formatHost({ address, family }: AddressInfo): string {
  return family === 'IPv6' ? `[${address}]` : address
}
