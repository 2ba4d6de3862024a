import { readFile } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import type * as EntryServer from '../src/entry-server.tsx'
import { portalOriginsFromEnv } from './portal-origins.ts'
import { readForm, refuseTooLarge } from './read-form.ts'
import { RENDER_LIMITS } from './render-pool.ts'

/**
 * Bitrix24 opens an app with a form POST to its handler URL, carrying the
 * user's tokens; Vite's dev server answers POST with 404. This lets a POST to
 * a page be served like a GET of it. With portal origins (PORTAL_ORIGINS), a
 * POST from one of those portals gets the page with the poll painted in, as from `npm run
 * serve` (server-first-paint.ts), rendered from the current sources.
 * Otherwise the form is read to the end, to keep the connection usable, and
 * dropped unseen: the page gets its auth from the SDK.
 */
export function answerPortalPost(
  options: {
    /** PORTAL_ORIGINS when not given, read as the dev server starts. */
    portalOrigins?: readonly string[]
  } = {},
): Plugin {
  return {
    name: 'chat-poll:answer-portal-post',
    apply: 'serve',
    configureServer(server) {
      const portalOrigins = options.portalOrigins ?? portalOriginsFromEnv()
      server.middlewares.use((req, res, next) => {
        if (
          // Stryker disable next-line ConditionalExpression: a GET has no form, so no token, and goes on as a GET all the same
          req.method !== 'POST' ||
          !acceptsHtml(req.headers.accept)
        ) {
          next()
          return
        }
        const asGet = () => {
          req.method = 'GET'
          next()
        }
        if (portalOrigins.length === 0) {
          req.once('end', asGet)
          req.resume()
          return
        }
        firstPaintPage(server, req, portalOrigins).then(
          (page) => {
            if (page === TOO_LARGE) {
              refuseTooLarge(req, res)
              return
            }
            if (page === undefined) {
              asGet()
              return
            }
            res.writeHead(200, {
              'Content-Type': 'text/html; charset=utf-8',
              'Cache-Control': 'no-store',
            })
            res.end(page)
          },
          (error: unknown) => {
            next(error)
          },
        )
      })
    },
  }
}

/** Not a page: a form too large to be Bitrix24's, refused with 413. */
const TOO_LARGE = Symbol('too large')

async function firstPaintPage(
  server: ViteDevServer,
  req: IncomingMessage,
  portalOrigins: readonly string[],
): Promise<string | typeof TOO_LARGE | undefined> {
  const form = await readForm(req)
  if (form === 'too-large') return TOO_LARGE
  // Stryker disable next-line ConditionalExpression: a request broken off has no client left to answer, painted or not
  if (!form) return undefined
  // Stryker disable next-line StringLiteral: Node's server always sets req.url
  const url = req.url ?? '/'
  const [{ serverFirstPage }, { paintPoll }, { serverPurify }, { appRenderer }] =
    await paintingModules(server)
  const source = await readFile(join(server.config.root, 'index.html'), 'utf8')
  const template = await server.transformIndexHtml(url, source)
  const renderer = appRenderer(serverPurify())
  // Rendered on the dev server's own thread, from the current sources.
  return serverFirstPage(template, new URL(url, 'http://dev').searchParams, form, {
    portalOrigins,
    paint: (request) =>
      paintPoll(renderer, { ...request, markupBudget: RENDER_LIMITS.markupBudget }),
  })
}

/**
 * What painting a poll into the page needs, from the current sources. Loaded
 * on the first painted POST only: they bring jsdom and React's server side.
 */
export function paintingModules(server: ViteDevServer) {
  return Promise.all([
    import('./server-first-paint.ts'),
    import('./paint-poll.ts'),
    import('./server-purify.ts'),
    server.ssrLoadModule('/src/entry-server.tsx') as Promise<typeof EntryServer>,
  ])
}

// A form navigation asks for HTML; the dev server's own POSTs (HMR, modules) do not.
function acceptsHtml(accept: string | undefined): boolean {
  return accept?.includes('text/html') ?? false
}
