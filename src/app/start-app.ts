import type { QueryClient } from '@tanstack/react-query'
import type { Portal, PortalConnection } from '@/lib/portal'
import { getPollQueryOptions } from '@/features/poll/api/get-poll'
import { targetOf } from '@/features/poll/poll-target'
import { english, loadCatalogue } from '@/i18n/catalogue'
import { installScreen, type Startup } from './app'

/** Bitrix24 opens the app's own page (DEFAULT) in install mode for its installer. */
export function opensInstaller(portal: Portal): boolean {
  return portal.isInstallMode && portal.placement.code === 'DEFAULT'
}

/**
 * Connects to Bitrix24 once per page and starts loading the poll and the
 * user's language before React renders, so the first paint does not wait for
 * a request the app could have sent earlier.
 */
export async function startApp(
  queryClient: QueryClient,
  connect: () => Promise<PortalConnection>,
): Promise<Startup> {
  const connection = await connect()
  if (connection.status !== 'connected') return { ...connection, catalogue: english }
  const { portal } = connection
  if (opensInstaller(portal)) {
    const [catalogue] = await Promise.all([
      loadCatalogue(portal.lang),
      // Not loaded: the app says it is installing until it is.
      installScreen.preload().catch(() => undefined),
    ])
    return {
      status: 'installing',
      portal,
      handlerUrl: location.origin + location.pathname,
      catalogue,
    }
  }
  const target = targetOf(connection.portal.placement)
  if (target.kind === 'poll') {
    // A failure stays in the cache, where the poll screen reads and shows it.
    queryClient
      .query(getPollQueryOptions(connection.portal, target.ref))
      .catch(() => undefined)
  }
  return { ...connection, target, catalogue: await loadCatalogue(connection.portal.lang) }
}
