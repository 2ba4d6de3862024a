import type { QueryClient } from '@tanstack/react-query'
import { pollKey } from '@/features/poll/api/poll-address'
import { readyToShow } from '@/features/poll/poll-text/sanitizer'
import { targetOf } from '@/features/poll/poll-target'
import { loadCatalogue } from '@/i18n/catalogue'
import { RestError, type Portal, type PortalConnection } from '@/lib/portal'
import type { ServerData } from './server-data'
import type { Startup } from './app'

/**
 * Starts the app on a page the server rendered with the poll. The poll the
 * server read goes into the query cache, so opening makes no REST call; the
 * SDK connects meanwhile, for whatever the user does next. `undefined` when
 * the data points at no poll: the app then starts as on a page served as a file.
 */
export async function startFromServer(
  queryClient: QueryClient,
  data: ServerData,
  connection: Promise<PortalConnection>,
): Promise<Startup | undefined> {
  const target = targetOf(data.placement)
  if (target.kind !== 'poll') return undefined
  const portal = portalOnceConnected(data, connection)
  // Fresh from now: the server read it a moment ago, whatever its clock says.
  queryClient.setQueryData(pollKey(target.ref), data.poll)
  // Hydration renders what the server rendered: the user's catalogue, and the
  // poll's HTML texts already sanitised.
  const [catalogue] = await Promise.all([
    loadCatalogue(data.lang),
    readyToShow(data.poll),
  ])
  return { status: 'connected', portal, target, catalogue }
}

/**
 * A portal that knows at once what the server told, and sends whatever needs
 * the SDK once it is connected: a click before that waits for it. Without a
 * connection every call fails as one that never reached Bitrix24.
 */
export function portalOnceConnected(
  data: ServerData,
  connection: Promise<PortalConnection>,
): Portal {
  const connected = connection.then((result) => {
    if (result.status === 'connected') return result.portal
    throw new RestError('NETWORK_ERROR', 'Bitrix24 is not connected', 0)
  })
  // A page that never connects reports it once, through the screen.
  connected.catch(() => undefined)
  return {
    lang: data.lang,
    origin: data.origin,
    placement: data.placement,
    isInstallMode: false,
    finishInstall: async () => {
      await (await connected).finishInstall()
    },
    callMethod: async (method, params) => (await connected).callMethod(method, params),
    // Without a portal there is no frame to size.
    fitFrame: async (content) => {
      const portal = await connected.catch(() => undefined)
      await portal?.fitFrame(content)
    },
  }
}
