import type { Portal } from '../../../lib/portal'
import type { Poll, PollRef } from '../poll'
import { parseAttach } from './attach-payload'
import { RecallRefusedError } from './refusals'
import { readyToShow } from './safe-html'

/** The PHP class name of chat-message polls, with single backslashes. */
const CHAT_MESSAGE_ENTITY = 'Bitrix\\Vote\\Attachment\\ImMessageConnector'

export function addressOf(ref: PollRef): Record<string, unknown> {
  if ('messageId' in ref) {
    return { moduleId: 'im', entityType: CHAT_MESSAGE_ENTITY, entityId: ref.messageId }
  }
  return { ...ref }
}

/** `vote.AttachedVote.get`: the poll as the current user sees it. */
export async function getPoll(portal: Portal, ref: PollRef): Promise<Poll> {
  const result = await portal.callMethod('vote.AttachedVote.get', addressOf(ref))
  return readyToShow(parseAttach(attachOf(result)))
}

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
  const poll = parseAttach(attach)
  // Success is an attach without the user's ballot, nothing less.
  if (poll.isVoted) throw new RecallRefusedError()
  return readyToShow(poll)
}

export function attachOf(result: unknown): unknown {
  return typeof result === 'object' && result !== null && 'attach' in result
    ? result.attach
    : undefined
}
