import type { AppRenderer, PollPage } from '../src/entry-server.tsx'
import type { Markup } from '../src/features/poll/poll-text/sanitizer.ts'
import type { Placement } from '../src/lib/portal.ts'

/** One poll to paint: the portal's answer as it came, and what the page needs around it. */
export interface PaintRequest {
  readonly lang: string
  readonly origin: string
  readonly placement: Placement
  /** The JSON text of the portal's answer, checked for size and shape, not parsed yet. */
  readonly answer: Uint8Array<ArrayBuffer>
}

/** A request and its budget: a poll with more markup is not painted. */
export interface PaintTask extends PaintRequest {
  readonly markupBudget: Markup
}

/**
 * The page for the poll in the portal's answer, or `undefined` where the
 * answer holds no poll the app can show or the poll is over the budget.
 * Parsing and rendering both happen here, in a render thread
 * (render-worker.ts) or the dev server.
 */
export function paintPoll(
  renderer: AppRenderer,
  request: PaintTask,
): Promise<PollPage | undefined> {
  return renderPage(renderer, request).catch(() => undefined)
}

async function renderPage(renderer: AppRenderer, request: PaintTask): Promise<PollPage> {
  // `null` throws here; any other answer without a poll in `result` fails in the renderer.
  const { result } = JSON.parse(new TextDecoder().decode(request.answer)) as {
    result?: unknown
  }
  return renderer.renderPollPage({
    lang: request.lang,
    origin: request.origin,
    placement: request.placement,
    result,
    markupBudget: request.markupBudget,
  })
}
