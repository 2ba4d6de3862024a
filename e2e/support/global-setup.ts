import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { startAppInPortal } from './start-app-in-portal'

/**
 * Serves the production build inside the simulated portal for the whole run,
 * twice: from the app's server, which renders the poll into the page, and as
 * a file server (nginx) sends it, for `test.use({ appHosting: 'static' })`.
 */
export default async function globalSetup() {
  const dist = resolve(import.meta.dirname, '../../dist')
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('No production build in dist/: run `npm run build` first.')
  }
  const [serverFirst, asFile] = await Promise.all([
    // The specs check what the server paints, not how fast: with every core
    // busy, a poll of 16 texts with markup has taken 1.6 s to render, past
    // production's deadline. The bench measures with production's.
    startAppInPortal({ dist, firstPaint: true, paintDeadlineMs: 5_000 }),
    startAppInPortal({ dist }),
  ])
  process.env.APP_URL = serverFirst.app.url
  process.env.PORTAL_URL = serverFirst.portal.url
  process.env.STATIC_PORTAL_URL = asFile.portal.url
  return async () => {
    await Promise.all([serverFirst.close(), asFile.close()])
  }
}
