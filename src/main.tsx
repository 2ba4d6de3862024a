import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { createQueryClient, watchFrameFocus } from './app/query-client'
import { startApp } from './app/start-app'
import './skeleton.css'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const queryClient = createQueryClient()
watchFrameFocus()
// Module level, exactly once: the SDK's frame must never be created or
// destroyed by React's (Strict Mode) effect lifecycle. React renders only
// once Bitrix24's init data is in and the poll's request is on its way, so
// that rendering never delays it; the skeleton in index.html shows meanwhile.
const started = await startApp(queryClient)

createRoot(root).render(
  <StrictMode>
    <App started={started} queryClient={queryClient} />
  </StrictMode>,
)
