import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { PollPage } from '../src/entry-server.tsx'
import type { Markup } from '../src/features/poll/poll-text/sanitizer.ts'
import type { PaintRequest, PaintTask } from './paint-poll.ts'

/**
 * How the server renders polls: in threads of their own, so that its event
 * loop only ever does I/O. docs/security.md says where each figure comes from.
 */
export interface RenderLimits {
  /** Render threads, each with React, jsdom and DOMPurify loaded. */
  readonly threads: number
  /** From handing the poll over to the page back, waiting for a thread included. */
  readonly deadlineMs: number
  /** A render still running this long after it was handed over ends with its thread. */
  readonly hardLimitMs: number
  /** Markup in one poll: sanitising it is most of a render's cost. */
  readonly markupBudget: Markup
}

/** The render thread's module: render-worker.js beside the server's bundle in dist-server. */
export const BUNDLED_RENDER_WORKER = new URL('./render-worker.js', import.meta.url)

export const RENDER_LIMITS: RenderLimits = {
  // One core stays with the event loop; a render is CPU work and more
  // threads than cores would only slow each one down.
  threads: Math.max(1, availableParallelism() - 1),
  // The painted page shows the poll about 400 ms sooner than the page the
  // browser reads the poll for itself (bench/README.md): a paint that takes
  // longer than that would show it later than falling back does.
  deadlineMs: 400,
  // The longest render the read caps and the markup budget allow, measured on
  // the busy machine, took 1.1 s: a plain poll of 5 000 answers, at the cap
  // of values. Nine times that is room for a machine far busier; a render
  // still going after 10 s is stuck, and its thread worth replacing.
  hardLimitMs: 10_000,
  markupBudget: {
    // 3.5 ms each on a quiet machine, up to 12 ms on a busy one: 20 take 70
    // to 240 ms, within the deadline with room for parsing and rendering.
    texts: 20,
    // Each character costs DOMPurify on jsdom about 15 µs on the busy
    // machine: 20 texts of 1 000 characters, the longest real ones, take
    // about 300 ms. A single text of 250 000 took 3.6 s and 226 MB.
    characters: 20_000,
  },
}

/** A paint as a render thread takes it: past `paintBy` (`Date.now()`), no one waits for it. */
export interface ThreadTask extends PaintTask {
  readonly paintBy: number
}

export interface RenderPool {
  /** The page for the poll, or `undefined` past the deadline, over the budget or on any failure. */
  readonly paint: (request: PaintRequest) => Promise<PollPage | undefined>
  /** Ends the threads, renders still running included. */
  readonly close: () => Promise<void>
}

/**
 * Threads that parse the portal's answer and render the poll, ready once each
 * has loaded the app and painted the warm-up polls (warm-up-polls.ts). At the
 * deadline the POST gets its page without the poll, and the render goes on
 * in its thread, its page dropped: ending the thread would cost the next
 * paints the second a new one takes to start. A paint that waited in the
 * queue past its deadline is dropped unrendered; `maxQueue` paints wait at
 * most, and past that a paint falls back at once.
 */
export async function startRenderPool(
  limits: RenderLimits,
  maxQueue: number,
  worker: URL,
): Promise<RenderPool> {
  const pool = new Piscina({
    filename: worker.href,
    minThreads: limits.threads,
    maxThreads: limits.threads,
  })
  // A thread that fails outside a task (it ran out of memory, say) is
  // replaced by the pool; unheard, its error would end the whole server.
  // Stryker disable all: no test makes a thread fail outside a task (an uncaught throw in a stand-in thread did not reach this listener)
  pool.on('error', (error: unknown) => {
    console.error('A render thread failed and was replaced:', error)
  })
  // Stryker restore all
  // Loading React, jsdom and the app takes longer than a paint's deadline: the
  // first POSTs would all go without the poll.
  const ready: unknown[] = await Promise.all(
    Array.from({ length: limits.threads }, () =>
      pool.run(undefined, { name: 'ready' }).catch((error: unknown) => error),
    ),
  )
  const failed = ready.find((answer) => answer !== true)
  if (failed !== undefined) {
    await pool.destroy()
    throw new Error(`The render threads cannot load ${worker.href} and paint a poll`, {
      cause: failed,
    })
  }
  // Counted here, renders past their deadline included: piscina's own
  // maxQueue does not count a task with an abort signal that finds every
  // thread busy, which waits in a queue of its own without a bound.
  const capacity = limits.threads + maxQueue
  let inPool = 0
  // Stryker disable next-line ArrowFunction: what it ends are threads the pool does not show, and piscina takes tasks after destroy() all the same; stopping the app server waits for it
  const close = () => pool.destroy()
  return {
    paint: (request) => {
      if (inPool >= capacity) return Promise.resolve(undefined)
      inPool += 1
      const task: ThreadTask = {
        ...request,
        markupBudget: limits.markupBudget,
        paintBy: Date.now() + limits.deadlineMs,
      }
      const rendered = pool
        .run(task, {
          signal: AbortSignal.timeout(limits.hardLimitMs),
          // Handed over, not copied: the answer can be megabytes.
          transferList: [request.answer.buffer],
        })
        .then(
          (page) => page as PollPage | undefined,
          () => undefined,
        )
        .finally(() => {
          inPool -= 1
        })
      return within(limits.deadlineMs, rendered)
    },
    close,
  }
}

/** What `promise` resolves to, or `undefined` if it takes longer than `ms`. */
function within<T>(ms: number, promise: Promise<T>): Promise<T | undefined> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => {
      resolve(undefined)
    }, ms)
    void promise.then((value) => {
      clearTimeout(deadline)
      resolve(value)
    })
  })
}
