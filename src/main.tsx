import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App, type Startup } from './app/app'
import { createQueryClient, watchFrameFocus } from './app/query-client'
import { readServerData } from './app/server-data'
import { opensInstaller, startApp } from './app/start-app'
import { startFromServer } from './app/start-from-server'
import { connectToBitrix24 } from './lib/bitrix24-frame'
import './skeleton.css'
import './styles.css'
import './component-styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const queryClient = createQueryClient()
watchFrameFocus()
// Module level, exactly once: the SDK's frame must never be created or
// destroyed by React's (Strict Mode) effect lifecycle.
const connection = connectToBitrix24()
const serverData = readServerData()
const fromServer =
  serverData && (await startFromServer(queryClient, serverData, connection))

if (fromServer) {
  // The server rendered the poll: React hydrates its markup at once while the
  // SDK connects. Without a connection, or opened to install, the screen
  // becomes what the app would have shown from the start.
  const app = hydrateRoot(root, appShowing(fromServer))
  const connected = await connection
  if (connected.status !== 'connected' || opensInstaller(connected.portal)) {
    app.render(appShowing(await startApp(queryClient, () => Promise.resolve(connected))))
  }
} else {
  // React renders only once Bitrix24's init data is in and the poll's request
  // has been sent, so rendering never delays it; index.html's skeleton shows
  // until then.
  createRoot(root).render(appShowing(await startApp(queryClient, () => connection)))
}

function appShowing(started: Startup) {
  return (
    <StrictMode>
      <App started={started} queryClient={queryClient} />
    </StrictMode>
  )
}
