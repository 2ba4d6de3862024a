import type { DOMPurify } from 'dompurify'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from './app/app'
import { createQueryClient } from './app/query-client'
import { serverDataElement, type ServerData } from './app/server-data'
import { startFromServer } from './app/start-from-server'
import { attachOf, parseAttach } from './features/poll/api/attach-payload'
import {
  markupOf,
  sanitizer,
  sanitizerFor,
  type Markup,
} from './features/poll/poll-text/sanitizer'
import type { Placement } from './lib/portal'

/**
 * The app's part in the server's first paint (server/server-first-paint.ts):
 * the app rendered around the answer to `pollReadOf`'s call (poll-read.ts),
 * exactly as the browser will render it on hydration.
 */

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
  /**
   * The app showing the poll in `result`, the answer to `pollReadOf`'s call.
   * Throws where the answer is not a poll the app can show, or where its
   * texts hold more markup than `markupBudget`.
   */
  readonly renderPollPage: (page: {
    readonly lang: string
    readonly origin: string
    readonly placement: Placement
    readonly result: unknown
    readonly markupBudget?: Markup
  }) => Promise<PollPage>
}

/**
 * The renderer, sanitising poll texts with `purify`: a DOMPurify on a DOM of
 * the server's own, under the same allow-list as in the browser.
 */
export function appRenderer(purify: DOMPurify): AppRenderer {
  sanitizer.provide(sanitizerFor(purify))
  return {
    renderPollPage: async ({
      lang,
      origin,
      placement,
      result,
      markupBudget = { texts: Infinity, characters: Infinity },
    }) => {
      const poll = parseAttach(attachOf(result))
      // Sanitising is most of a render's cost, one DOM parse per text with
      // markup: a poll over the budget is left to the browser before any.
      const markup = markupOf(poll)
      if (
        markup.texts > markupBudget.texts ||
        markup.characters > markupBudget.characters
      ) {
        throw new Error('The poll holds more markup than the server paints')
      }
      const data: ServerData = { lang, origin, placement, poll }
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
