import type { DOMPurify } from 'dompurify'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from './app/app'
import { createQueryClient } from './app/query-client'
import { serverDataElement, type ServerData } from './app/server-data'
import { startFromServer } from './app/start-from-server'
import { attachOf, parseAttach } from './features/poll/api/attach-payload'
import { addressOf } from './features/poll/api/poll-address'
import { sanitizer, sanitizerFor } from './features/poll/poll-text/sanitizer'
import { targetOf } from './features/poll/poll-target'
import type { Placement } from './lib/portal'

/**
 * The app's part in the server's first paint (server/server-first-paint.ts):
 * which REST call reads the poll a placement points at, and the app rendered
 * around its answer, exactly as the browser will render it on hydration.
 */

export interface PollRead {
  readonly method: string
  readonly params: Record<string, unknown>
}

export interface PollPage {
  /** The markup that goes into `#root`. */
  readonly appHtml: string
  /** The `<script type="application/json">` element the app starts from. */
  readonly dataElement: string
  /** For `<html lang dir>`. */
  readonly locale: string
  readonly dir: 'ltr' | 'rtl'
}

export interface AppRenderer {
  /** The call that reads the poll, or `undefined` when the placement points at none. */
  readonly pollReadOf: (placement: Placement) => PollRead | undefined
  /**
   * The app showing the poll in `result`, the answer to `pollReadOf`'s call.
   * Throws where the answer is not a poll the app can show.
   */
  readonly renderPollPage: (page: {
    readonly lang: string
    readonly origin: string
    readonly placement: Placement
    readonly result: unknown
  }) => Promise<PollPage>
}

/**
 * The renderer, sanitising poll texts with `purify`: a DOMPurify on a DOM of
 * the server's own, under the same allow-list as in the browser.
 */
export function appRenderer(purify: DOMPurify): AppRenderer {
  sanitizer.provide(sanitizerFor(purify))
  return {
    pollReadOf: (placement) => {
      const target = targetOf(placement)
      if (target.kind !== 'poll') return undefined
      return { method: 'vote.AttachedVote.get', params: addressOf(target.ref) }
    },
    renderPollPage: async ({ lang, origin, placement, result }) => {
      const data: ServerData = {
        lang,
        origin,
        placement,
        poll: parseAttach(attachOf(result)),
      }
      const queryClient = createQueryClient()
      // The server never connects to the SDK: nothing it renders calls the portal.
      const never = new Promise<never>(() => undefined)
      const started = await startFromServer(queryClient, data, never)
      if (!started) throw new Error('The placement points at no poll')
      const appHtml = renderToString(
        <StrictMode>
          <App started={started} queryClient={queryClient} />
        </StrictMode>,
      )
      return {
        appHtml,
        dataElement: serverDataElement(data),
        locale: started.catalogue.locale,
        dir: started.catalogue.dir,
      }
    },
  }
}
