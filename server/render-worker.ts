import { appRenderer } from '../src/entry-server.tsx'
import { paintPoll } from './paint-poll.ts'
import type { ThreadTask } from './render-pool.ts'
import { serverPurify } from './server-purify.ts'
import { warmUpTasks } from './warm-up-polls.ts'

/**
 * A render thread of the pool (render-pool.ts): React, DOMPurify and jsdom
 * load here once per thread, never on the server's main thread.
 */

const renderer = appRenderer(serverPurify())

// Measured in a fresh thread: without a warm-up its first paint of a small
// poll took 16 to 34 ms, later ones 3 to 5; after three rounds the first
// took 4 to 9 ms, like the rest.
const WARM_UP_ROUNDS = 3

// Before the thread takes any task, a replacement's included: the pool
// starts handing it POSTs only once this module has loaded.
const warmedUp = await warmUp()

async function warmUp(): Promise<boolean> {
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    for (const task of warmUpTasks()) {
      // Stryker disable next-line BooleanLiteral: runs as the module loads, where no mutant is switched on; render-pool.test.ts starts threads that are not ready
      if ((await paintPoll(renderer, task)) === undefined) return false
    }
  }
  return true
}

export default function paint(task: ThreadTask) {
  // Waited in the queue past its deadline: its POST has had its page.
  if (Date.now() > task.paintBy) return undefined
  return paintPoll(renderer, task)
}

/** Whether the warm-up polls were painted: the pool waits for it at start, and fails without. */
export function ready() {
  return warmedUp
}
