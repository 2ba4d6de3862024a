import { render } from '@testing-library/react'
import createDOMPurify from 'dompurify'
import { StrictMode } from 'react'
import { App } from '@/app/app'
import { createQueryClient } from '@/app/query-client'
import type { ServerData } from '@/app/server-data'
import { startFromServer } from '@/app/start-from-server'
import { appRenderer } from '@/entry-server'

export const serverPlacement = { code: 'IM_CONTEXT_MENU', options: { messageId: '13' } }

/** The server's renderer, its DOMPurify on the test's jsdom. */
export function testRenderer() {
  return appRenderer(createDOMPurify(window))
}

/**
 * The page the server paints for `attach`, taken over by the app as
 * `main.tsx` does; the ids of its elements before and after.
 */
export async function paintAndHydrate(attach: Record<string, unknown>, lang = 'en') {
  const { appHtml, dataElement } = await testRenderer().renderPollPage({
    lang,
    origin: 'https://portal.example',
    placement: serverPlacement,
    result: { attach },
  })
  const root = document.createElement('div')
  root.innerHTML = appHtml
  document.body.append(root)
  const data = dataElement.slice(
    dataElement.indexOf('>') + 1,
    dataElement.lastIndexOf('<'),
  )
  // Ids are attributes no role query reaches, and hydration must keep them.
  // eslint-disable-next-line testing-library/no-node-access
  const ids = () => [...root.querySelectorAll('[id]')].map((element) => element.id)
  const painted = ids()
  const queryClient = createQueryClient()
  const started = await startFromServer(
    queryClient,
    JSON.parse(data) as ServerData,
    new Promise(() => undefined),
  )
  if (!started) throw new Error('No poll in the server data')
  render(
    <StrictMode>
      <App started={started} queryClient={queryClient} />
    </StrictMode>,
    { container: root, hydrate: true },
  )
  return { paintedIds: painted, hydratedIds: ids() }
}
