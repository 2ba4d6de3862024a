import { createServer } from 'node:net'
import { startAppServer } from '../../server/app-server'
import { startPortal, type RunningPortal } from './server'

/**
 * The production build and the simulated portal on two loopback origins,
 * as the app and Bitrix24 are in production. The app's server allows only
 * this portal to frame it and to be called, so the portal's port is chosen
 * before either starts.
 */
export async function startAppInPortal(options: {
  dist: string
  portalPort?: number
  latencyMs?: number
  /**
   * The app's server paints the poll into the page on the portal's POST, as
   * `npm run serve` does; without it, it sends the page as a file, as nginx does.
   */
  firstPaint?: boolean
}) {
  const host = '127.0.0.1'
  const portalPort = options.portalPort ?? (await freePort(host))
  const app = await startAppServer({
    root: options.dist,
    host,
    portalOrigins: [`http://${host}:${portalPort}`],
    firstPaint: options.firstPaint ? { renderer: await serverRenderer() } : undefined,
  })
  let portal: RunningPortal
  try {
    portal = await startPortal({
      appUrl: app.url,
      host,
      port: portalPort,
      latencyMs: options.latencyMs,
    })
  } catch (error) {
    await app.close()
    throw error
  }
  return {
    app,
    portal,
    close: async () => {
      await portal.close()
      await app.close()
    },
  }
}

/** Loaded only where used: the renderer brings React's server side and jsdom. */
async function serverRenderer() {
  const [{ appRenderer }, { serverPurify }] = await Promise.all([
    import('../../src/entry-server'),
    import('../../server/server-first-paint'),
  ])
  return appRenderer(serverPurify())
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, host, () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => {
        resolve(port)
      })
    })
  })
}
