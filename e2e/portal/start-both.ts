import { createServer } from 'node:net'
import { startPortal, type RunningPortal } from './server'

/**
 * An app and the simulated portal on two loopback origins, as an app and
 * Bitrix24 are in production. An app's server lets only the portals it knows
 * frame it and be called, so the portal's origin is chosen first and given
 * to the app, whose URL the portal then opens.
 */

export interface RunningApp {
  readonly url: string
  close(): Promise<void>
}

/** Starts the app on `host`, allowing `portalOrigin` to frame it and to be called. */
export type StartApp = (portal: { host: string; origin: string }) => Promise<RunningApp>

export async function startPortalWithApp(options: {
  startApp: StartApp
  portalPort?: number
  latencyMs?: number
}): Promise<{ app: RunningApp; portal: RunningPortal; close: () => Promise<void> }> {
  const host = '127.0.0.1'
  const portalPort = options.portalPort ?? (await freePort(host))
  const app = await options.startApp({ host, origin: `http://${host}:${portalPort}` })
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

/** A port nobody listens on now. */
export function freePort(host: string): Promise<number> {
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
