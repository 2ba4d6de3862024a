import { PortalClient } from '../client/portal-client'

/** The chat page's line to its own portal: its configuration and its session's control API. */

export interface PageConfig {
  readonly sessionId: string
  readonly userId: number
  readonly lang: string
  /** The app's URL as registered in the portal: where its installer runs. */
  readonly appUrl: string
  readonly appTitle: string
  readonly languages: readonly { code: string; name: string }[]
  /** Open the app at once: from this message, or in this placement with these raw options. */
  readonly open: string | null
  readonly placement: string | null
  readonly options: string | null
  /** Leave the app's `getInitData` unanswered, like a portal page that broke. */
  readonly silentParent: boolean
}

export const config = JSON.parse(
  document.getElementById('portal-config')?.textContent ?? '{}',
) as PageConfig

export const portalClient = new PortalClient(location.origin)
export const portal = portalClient.session(config.sessionId)
