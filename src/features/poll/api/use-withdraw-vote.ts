import type { Portal } from '../../../lib/portal'
import type { PollRef } from '../poll'
import { usePollChange } from './use-poll-changes'
import { withdrawVote } from './withdraw-vote'

export function useWithdrawVote(portal: Portal, ref: PollRef) {
  return usePollChange(portal, ref, 'withdraw', (_: undefined, onLateAnswer) =>
    withdrawVote(portal, ref, onLateAnswer),
  )
}
