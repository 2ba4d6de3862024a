import { appRenderer } from '../../src/entry-server.tsx'
import type { Markup } from '../../src/features/poll/poll-text/sanitizer.ts'
import { paintPoll } from '../paint-poll.ts'
import { RENDER_LIMITS } from '../render-pool.ts'
import type { ServerFirstPaint } from '../server-first-paint.ts'
import { serverPurify } from '../server-purify.ts'

/**
 * The render threads' paint on the test's own thread, as the dev server
 * paints: for the tests whose subject is not the threads, which it spares
 * their start, and whose code runs where mutation testing can change it.
 */
export function paintInProcess(
  markupBudget: Markup = RENDER_LIMITS.markupBudget,
): ServerFirstPaint['paint'] {
  const renderer = appRenderer(serverPurify())
  return (request) => paintPoll(renderer, { ...request, markupBudget })
}
