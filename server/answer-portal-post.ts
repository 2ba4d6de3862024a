import type { Plugin } from 'vite'

/**
 * Bitrix24 opens an app with a form POST to its handler URL, carrying the
 * user's tokens; Vite's dev server answers POST with 404. This lets a POST to
 * a page be served like a GET of it. The form is read to the end, to keep the
 * connection usable, and dropped unseen: the page gets its auth from the SDK.
 */
export function answerPortalPost(): Plugin {
  return {
    name: 'chat-poll:answer-portal-post',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.method !== 'POST' || !acceptsHtml(req.headers.accept)) {
          next()
          return
        }
        req.once('end', () => {
          req.method = 'GET'
          next()
        })
        req.resume()
      })
    },
  }
}

// A form navigation asks for HTML; the dev server's own POSTs (HMR, modules) do not.
function acceptsHtml(accept: string | undefined): boolean {
  return accept?.includes('text/html') ?? false
}
