import { startPortalWithApp } from '@chat-poll/simulated-portal'
import { startAppServer } from '../../server/app-server'
import { renderWorkerBundle } from '../../server/render-worker-bundle'

/**
 * The production build in `dist`, served by the production server, inside the
 * simulated portal: for the end-to-end tests, the screenshots and the benchmark.
 */
export function startAppInPortal(options: {
  dist: string
  portalPort?: number
  latencyMs?: number
  /**
   * The app's server renders the poll into the page on the portal's POST, as
   * `npm run serve` does; without it, it sends the page as a file, as nginx does.
   */
  firstPaint?: boolean
  /**
   * How long the server waits for a paint before sending the page as it is;
   * production's 400 ms where not given.
   */
  paintDeadlineMs?: number
}) {
  return startPortalWithApp({
    startApp: async ({ host, origin }) =>
      startAppServer({
        root: options.dist,
        host,
        portalOrigins: [origin],
        firstPaint: options.firstPaint
          ? {
              renderWorker: await renderWorkerBundle(),
              renderLimits:
                options.paintDeadlineMs === undefined
                  ? undefined
                  : { deadlineMs: options.paintDeadlineMs },
            }
          : undefined,
      }),
    portalPort: options.portalPort,
    latencyMs: options.latencyMs,
  })
}
