import type { PollRef } from '../poll'

/** The PHP class name of chat-message polls, with single backslashes. */
const CHAT_MESSAGE_ENTITY = 'Bitrix\\Vote\\Attachment\\ImMessageConnector'

/** How every `vote.AttachedVote.*` call names the poll. */
export function addressOf(ref: PollRef): Record<string, unknown> {
  if ('messageId' in ref) {
    return { moduleId: 'im', entityType: CHAT_MESSAGE_ENTITY, entityId: ref.messageId }
  }
  return { ...ref }
}

/** The cache's key for the poll; what is read or changed about it extends it. */
export function pollKey(ref: PollRef) {
  return ['poll', ref] as const
}
