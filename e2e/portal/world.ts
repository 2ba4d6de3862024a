import type { AppState, PlacementBinding, SessionSettings } from './control-schemas'
import type { Sequences, PollRecord, Table } from './vote/poll'
import type { Voter } from './vote/voters'

/** Everything one simulated portal holds: people, chats, messages and polls. */

export interface User extends Voter {
  readonly id: number
  readonly isAdmin: boolean
  /** A guest from outside the company, who sees only the chats and posts they are in. */
  readonly isExtranet?: boolean
}

export interface Message {
  readonly id: number
  readonly authorId: number
  readonly text: string
  /** ISO date the message was posted. */
  readonly date: string
  /** The attachment of the poll this message carries. */
  readonly attachId?: number
}

export interface Chat {
  readonly id: number
  readonly name: string
  /** Who is in the chat now: members can be removed while the chat lives on. */
  readonly memberIds: number[]
  readonly messages: Message[]
  /** An open chat (type `O`): anyone in the company may read it without joining. */
  readonly isOpen?: boolean
}

/** Every switch of a session, each set (control-schemas.ts describes them). */
export type PortalSettings = Required<SessionSettings>

export const defaultSettings: PortalSettings = {
  anonymousValue: 2,
  refusal: 'empty-result',
  recallWhenFinished: true,
  answerVotedPaging: 'start',
  readDeniedCode: 'module',
  lockTimeoutMs: 15_000,
}

export type { AppState, PlacementBinding } from './control-schemas'

export interface World {
  readonly users: Map<number, User>
  readonly chats: Chat[]
  readonly polls: Map<number, PollRecord>
  readonly settings: PortalSettings
  readonly sequences: Sequences
  readonly app: AppState
  /** `vote.Integration.Im.send` results by chat, user and `templateId`. */
  readonly sentPolls: Map<string, { messageId: number; voteId: number }>
}

export function createSequences(start: Partial<Record<Table, number>> = {}): Sequences {
  const counters = new Map<Table, number>(
    Object.entries(start).map(([table, value]) => [table as Table, value]),
  )
  return {
    next(table) {
      const value = (counters.get(table) ?? 0) + 1
      counters.set(table, value)
      return value
    },
  }
}

export function chatOfPoll(world: World, poll: PollRecord): Chat | undefined {
  return world.chats.find((chat) => chat.id === poll.chatId)
}

/** The placements the portal shows: none until the app is installed (widgets/placement-bind.md). */
export function visibleBindings(world: World, placement: string): PlacementBinding[] {
  if (!world.app.installed) return []
  return world.app.bindings.filter((binding) => binding.placement === placement)
}

/**
 * Chat polls: who may read the message's chat (`ImMessageConnector::canRead`,
 * bitrix/modules/vote/lib/attachment/immessageconnector.php): its members,
 * and in an open chat anyone who is not an extranet user
 * (`checkAccessInternal`, bitrix/modules/im/lib/V2/Chat/OpenChat.php).
 * News-feed polls: who may read the post (`canRead` asks for
 * `BLOG_PERMS_READ`, sergey1998181devlop/astt:
 * bitrix/modules/vote/lib/attachment/blogpostconnector.php): its author and
 * its recipients; a post to all employees, anyone but extranet users.
 */
export function canReadPoll(world: World, poll: PollRecord, userId: number): boolean {
  const user = world.users.get(userId)
  const employee = user !== undefined && !user.isExtranet
  if (poll.moduleId !== 'im') {
    if (!user) return false
    if (poll.authorId === userId) return true
    return poll.readerIds ? poll.readerIds.includes(userId) : employee
  }
  const chat = chatOfPoll(world, poll)
  if (!chat) return false
  return chat.memberIds.includes(userId) || (chat.isOpen === true && employee)
}

/** Chat polls: the poll message's author, if still in the chat. Feed polls: the post's author. */
export function canEditPoll(world: World, poll: PollRecord, userId: number): boolean {
  return canReadPoll(world, poll, userId) && poll.authorId === userId
}

export function isAnonymous(world: World, poll: PollRecord): boolean {
  return poll.anonymity === world.settings.anonymousValue
}

export function findPollByEntity(
  world: World,
  moduleId: string,
  entityType: string,
  entityId: number,
): PollRecord | undefined {
  for (const poll of world.polls.values()) {
    if (
      poll.moduleId === moduleId.toLowerCase() &&
      poll.entityType === entityType &&
      poll.entityId === entityId
    ) {
      return poll
    }
  }
  return undefined
}

export function dialogIdOf(chat: Chat): string {
  return `chat${chat.id}`
}
