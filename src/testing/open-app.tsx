import { render } from '@testing-library/react'
import { StrictMode } from 'react'
import { App } from '@/app/app'
import { createQueryClient } from '@/app/query-client'
import { startApp } from '@/app/start-app'
import type { PortalConnection } from '@/lib/portal'

/** Starts the whole app as `main.tsx` does, connected as `connection` says, in Strict Mode. */
export async function openApp(connection: PortalConnection) {
  const queryClient = createQueryClient()
  const started = await startApp(queryClient, () => Promise.resolve(connection))
  render(
    <StrictMode>
      <App started={started} queryClient={queryClient} />
    </StrictMode>,
  )
}
