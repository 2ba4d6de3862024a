import { createContext, use } from 'react'
import type { Poll } from '../poll'

/**
 * The poll as it is on screen, for parts deep in it that depend on the
 * whole poll (who voted) without every component in between passing it on.
 */
export const ShownPoll = createContext<Poll | undefined>(undefined)

export function useShownPoll(): Poll {
  const poll = use(ShownPoll)
  if (!poll) throw new Error('useShownPoll: render inside <ShownPoll value={poll}>')
  return poll
}
