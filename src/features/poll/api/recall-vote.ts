import type { Portal } from '../../../lib/portal'
import type { Poll, PollRef } from '../poll'
import { usePollContext } from '../poll-context'
import { newActionUuid } from './action-uuid'
import { attachOf, pollToShow } from './attach-payload'
import { confirmChange } from './confirm-change'
import { getPoll } from './get-poll'
import { addressOf } from './poll-address'
import { usePollChange } from './poll-changes'
import { RecallRefusedError } from './refusals'

/**
 * `vote.AttachedVote.recall`: withdraws the current user's ballot and resolves
 * with the poll as it is afterwards. `actionUuid` comes back only in the live
 * event the user's other tabs receive.
 */
export async function recallVote(
  portal: Portal,
  ref: PollRef,
  actionUuid: string,
): Promise<Poll> {
  const result = await portal.callMethod('vote.AttachedVote.recall', {
    ...addressOf(ref),
    actionUuid,
  })
  const attach = attachOf(result)
  if (attach === undefined) throw new RecallRefusedError()
  const poll = await pollToShow(attach)
  // Success is an attach without the user's ballot, nothing less.
  if (poll.isVoted) throw new RecallRefusedError()
  return poll
}

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

export function useWithdrawVote() {
  const { portal, pollRef } = usePollContext()
  return usePollChange('withdraw', (_: undefined, onLateAnswer) =>
    withdrawVote(portal, pollRef, onLateAnswer),
  )
}
