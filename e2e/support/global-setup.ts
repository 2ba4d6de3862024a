import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { startAppInPortal } from './start-app-in-portal'

/** Serves the production build inside the simulated portal for the whole run. */
export default async function globalSetup() {
  const dist = resolve(import.meta.dirname, '../../dist')
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('No production build in dist/: run `npm run build` first.')
  }
  const { app, portal, close } = await startAppInPortal({ dist })
  process.env.APP_URL = app.url
  process.env.PORTAL_URL = portal.url
  return close
}
