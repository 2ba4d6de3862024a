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
}) {
  return startPortalWithApp({
    startApp: ({ host, origin }) =>
      startAppServer({ root: options.dist, host, portalOrigins: [origin] }),
    portalPort: options.portalPort,
    latencyMs: options.latencyMs,
  })
}
