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
}) {
  const host = '127.0.0.1'
  const portalPort = options.portalPort ?? (await freePort(host))
  const app = await startAppServer({
    root: options.dist,
    host,
    portalOrigins: [`http://${host}:${portalPort}`],
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
