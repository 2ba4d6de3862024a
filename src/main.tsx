import { StrictMode, useEffect, type ReactNode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App, type Startup } from './app/app'
import { createQueryClient, watchFrameFocus } from './app/query-client'
import { readServerData } from './app/server-data'
import { opensInstaller, startApp } from './app/start-app'
import { startFromServer } from './app/start-from-server'
import { afterNextPaint } from './lib/after-paint'
import type { PortalConnection } from './lib/portal'
import './skeleton.css'
import './styles.css'
import './component-styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const queryClient = createQueryClient()
watchFrameFocus()
const bitrix24 = connectionOnDemand()
const serverData = readServerData()
const fromServer =
  serverData && (await startFromServer(queryClient, serverData, bitrix24.connection))

if (fromServer) {
  // The server rendered the poll: React hydrates its markup at once. The SDK
  // serves only what the user does next, so its chunk runs once the hydrated
  // page is painted (`AfterFirstPaint`); a click made before it has connected
  // waits for it. Without a connection, or opened to install, the screen
  // becomes what the app would have shown from the start.
  const app = hydrateRoot(root, appShowing(fromServer))
  const connected = await bitrix24.connection
  if (connected.status !== 'connected' || opensInstaller(connected.portal)) {
    app.render(appShowing(await startApp(queryClient, () => Promise.resolve(connected))))
  }
} else {
  // React renders only once Bitrix24's init data is in and the poll's request
  // has been sent, so rendering never delays it; index.html's skeleton shows
  // until then.
  bitrix24.connect()
  createRoot(root).render(
    appShowing(await startApp(queryClient, () => bitrix24.connection)),
  )
}

function appShowing(started: Startup) {
  return (
    <StrictMode>
      <AfterFirstPaint then={bitrix24.connect}>
        <App started={started} queryClient={queryClient} />
      </AfterFirstPaint>
    </StrictMode>
  )
}

/**
 * Calls `then` once React's first commit is on screen. It wraps the app
 * rather than sitting beside it: a sibling would change the ids `useId`
 * gives, and hydration would keep the server's.
 */
function AfterFirstPaint({ then, children }: { then: () => void; children: ReactNode }) {
  useEffect(() => {
    afterNextPaint(then)
  }, [then])
  return children
}

/**
 * The page's one connection to Bitrix24, made by the SDK's chunk on the first
 * `connect()`. It lives at module level: the SDK's frame must never be created
 * or destroyed by React's (Strict Mode) effect lifecycle.
 */
function connectionOnDemand() {
  let settle!: (connection: Promise<PortalConnection>) => void
  const connection = new Promise<PortalConnection>((resolve) => {
    settle = resolve
  })
  let connecting = false
  const connect = () => {
    if (connecting) return
    connecting = true
    settle(
      import('./lib/bitrix24-frame').then(
        (frame) => frame.connectToBitrix24(),
        // The chunk did not download: nothing can reach Bitrix24.
        (): PortalConnection => ({ status: 'no-answer' }),
      ),
    )
  }
  return { connection, connect }
}
