import type { Portal } from '../../../lib/portal'
import type { Poll, PollRef } from '../poll'
import { confirmChange } from './confirm-change'
import { newActionUuid } from './action-uuid'
import { getPoll, recallVote } from './vote-api'

/**
 * Withdraws the current user's vote and resolves with the poll afterwards.
 * Sending the recall again is safe: Bitrix24 answers a recall without a
 * ballot with the unchanged poll.
 */
export function withdrawVote(
  portal: Portal,
  ref: PollRef,
  onLateAnswer: () => void = () => undefined,
): Promise<Poll> {
  return confirmChange({
    change: () => recallVote(portal, ref, newActionUuid()),
    reread: () => getPoll(portal, ref),
    happened: (poll) => !poll.isVoted,
    onLateAnswer,
  })
}
