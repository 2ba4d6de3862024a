import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { startAppInPortal } from './start-both'

/** `npm start`: the built app inside the simulated portal's demo chat. */

const dist = resolve(import.meta.dirname, '../../dist')
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(
    'No production build in dist/: run `npm run build` first (npm start does).',
  )
  process.exit(1)
}

const portPreference = Number(process.env.PORTAL_PORT) || undefined
const { portal, app, close } = await startAppInPortal({
  dist,
  portalPort: portPreference,
  firstPaint: true,
})

console.log(`
  Chat Poll in a simulated Bitrix24 portal

  Open   ${portal.url}

         1. Install Chat Poll: Applications → Chat Poll (you are Anna, an administrator).
         2. Open a poll message's menu (⋯) and choose “Chat Poll”.
         3. Withdraw your vote there and watch the chat's own poll widget.
         Switch user and language at the top of the page.

  App    ${app.url}  (the production build and its server, on its own origin)

  Press Ctrl+C to stop.
`)

const stop = () => {
  void close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
