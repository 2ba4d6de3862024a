import type { Portal } from '../../../lib/portal'
import type { Ballot, PollRef } from '../poll'
import { castVote } from './cast-vote-api'
import { usePollChange } from './use-poll-changes'

/** Voting, changing a vote and undoing a withdrawal: all one `vote` call. */
export function useCastVote(portal: Portal, ref: PollRef) {
  return usePollChange(portal, ref, 'vote', (ballot: Ballot, onLateAnswer) =>
    castVote(portal, ref, ballot, onLateAnswer),
  )
}
