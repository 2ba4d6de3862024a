import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { startAppServer } from '../portal/app-server'
import { startPortal } from '../portal/server'

/**
 * Serves the production build and the simulated portal on two loopback
 * origins, as the app and Bitrix24 are in production, for the whole run.
 */
export default async function globalSetup() {
  const dist = resolve(import.meta.dirname, '../../dist')
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('No production build in dist/: run `npm run build` first.')
  }
  const app = await startAppServer({ root: dist })
  const portal = await startPortal({ appUrl: app.url })
  process.env.APP_URL = app.url
  process.env.PORTAL_URL = portal.url
  return async () => {
    await portal.close()
    await app.close()
  }
}
