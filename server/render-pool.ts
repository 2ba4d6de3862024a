import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { PollPage } from '../src/entry-server.tsx'
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
  /** HTML texts with markup in one poll: each costs DOMPurify a jsdom parse of 3 to 5 ms. */
  readonly maxMarkupTexts: number
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
  // 3.5 ms each on a quiet machine, up to 12 ms on a busy one: 20 take 70 to
  // 240 ms, within the deadline with room for parsing and rendering. At 40 the
  // benchmark overran the deadline on the busy machine: a poll over the budget
  // would only cost a thread and fall back late.
  maxMarkupTexts: 20,
}

export interface RenderPool {
  /** The page for the poll, or `undefined` past the deadline, over the budget or on any failure. */
  readonly paint: (request: PaintRequest) => Promise<PollPage | undefined>
  /** Ends the threads, once the paints in flight are answered. */
  readonly close: () => Promise<void>
}

/**
 * Threads that parse the portal's answer and render the poll, ready once each
 * has loaded the app. A render past its deadline ends with its thread, which
 * the pool replaces; `maxQueue` paints wait at most.
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
    maxQueue,
  })
  // Loading React, jsdom and the app takes longer than a paint's deadline: the
  // first POSTs would all go without the poll.
  try {
    await Promise.all(
      Array.from({ length: limits.threads }, () =>
        pool.run(undefined, { name: 'ready' }),
      ),
    )
  } catch (error) {
    await pool.destroy()
    throw new Error(`The render threads cannot load ${worker.href}`, { cause: error })
  }
  return {
    paint: async (request) => {
      const task: PaintTask = { ...request, maxMarkupTexts: limits.maxMarkupTexts }
      try {
        return (await pool.run(task, {
          signal: AbortSignal.timeout(limits.deadlineMs),
          // Handed over, not copied: the answer can be megabytes.
          transferList: [request.answer.buffer],
        })) as PollPage | undefined
      } catch {
        return undefined
      }
    },
    close: () => pool.destroy(),
  }
}
