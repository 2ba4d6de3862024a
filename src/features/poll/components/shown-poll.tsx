import { createContext, use } from 'react'
import type { Poll, ResultsView } from '../poll'

/** The poll as it is on screen, and what its answers show this user. */
export interface PollOnScreen {
  readonly poll: Poll
  readonly results: ResultsView
}

/**
 * The poll as it is on screen, for parts deep in it that depend on the
 * whole poll (who voted) without every component in between passing it on.
 */
export const ShownPoll = createContext<PollOnScreen | undefined>(undefined)

export function useShownPoll(): PollOnScreen {
  const shown = use(ShownPoll)
  if (!shown) throw new Error('useShownPoll: render inside <ShownPoll value={…}>')
  return shown
}
