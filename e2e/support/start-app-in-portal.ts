import { startPortalWithApp } from '@chat-poll/simulated-portal'
import { startAppServer } from '../../server/app-server'

/**
 * The production build in `dist`, served by the production server, inside the
 * simulated portal: for the end-to-end tests, the screenshots and the benchmark.
 */
export function startAppInPortal(options: {
  dist: string
  portalPort?: number
  latencyMs?: number
  /**
   * The app's server paints the poll into the page on the portal's POST, as
   * `npm run serve` does; without it, it sends the page as a file, as nginx does.
   */
  firstPaint?: boolean
}) {
  return startPortalWithApp({
    startApp: async ({ host, origin }) =>
      startAppServer({
        root: options.dist,
        host,
        portalOrigins: [origin],
        firstPaint: options.firstPaint ? { renderer: await serverRenderer() } : undefined,
      }),
    portalPort: options.portalPort,
    latencyMs: options.latencyMs,
  })
}

/** Loaded only where used: the renderer brings React's server side and jsdom. */
async function serverRenderer() {
  const [{ appRenderer }, { serverPurify }] = await Promise.all([
    import('../../src/entry-server'),
    import('../../server/server-first-paint'),
  ])
  return appRenderer(serverPurify())
}
