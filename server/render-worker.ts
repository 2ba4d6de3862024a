import { appRenderer } from '../src/entry-server.tsx'
import { paintPoll } from './paint-poll.ts'
import type { ThreadTask } from './render-pool.ts'
import { serverPurify } from './server-purify.ts'

/**
 * A render thread of the pool (render-pool.ts): React, DOMPurify and jsdom
 * load here once per thread, never on the server's main thread.
 */

const renderer = appRenderer(serverPurify())

export default function paint(task: ThreadTask) {
  // Waited in the queue past its deadline: its POST has had its page.
  if (Date.now() > task.paintBy) return undefined
  return paintPoll(renderer, task)
}

/** Answers once the module above has loaded: the pool waits for it at start. */
export function ready() {
  return true
}
