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
  // The portal listens first, so that its port is never another process's
  // by the time it starts: the app it frames is started with its origin.
  const started: { appUrl?: string } = {}
  const portal = await startPortal({
    appUrl: () => started.appUrl,
    host,
    port: options.portalPort,
    latencyMs: options.latencyMs,
  })
  let app: RunningApp
  try {
    app = await options.startApp({ host, origin: new URL(portal.url).origin })
  } catch (error) {
    await portal.close()
    throw error
  }
  started.appUrl = app.url
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
