import type { Sequences, StoredPoll, Table } from './vote/poll'

/** Everything one simulated portal holds: people, chats, messages and polls. */

export interface User {
  readonly id: number
  readonly name: string
  readonly position: string
  readonly isAdmin: boolean
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
  readonly memberIds: readonly number[]
  readonly messages: Message[]
}

/**
 * The switches for what the docs leave open (reference §11). Defaults follow
 * the module's source, which is what a real portal runs.
 */
export interface PortalSettings {
  /** Which `ANONYMITY` value hides voters: the module's `2` or the docs' `1`. */
  anonymousValue: 1 | 2
  /**
   * How a refused `vote`/`recall` answers: HTTP 200 `{"result": []}` (the
   * module's added errors) or the documented error object.
   */
  refusal: 'empty-result' | 'error'
  /** Whether `recall` works on a finished poll (the source has no check). */
  recallWhenFinished: boolean
}

export const defaultSettings: PortalSettings = {
  anonymousValue: 2,
  refusal: 'empty-result',
  recallWhenFinished: true,
}

export interface World {
  readonly users: Map<number, User>
  readonly chats: Chat[]
  readonly polls: Map<number, StoredPoll>
  readonly settings: PortalSettings
  readonly sequences: Sequences
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

export function chatOfPoll(world: World, poll: StoredPoll): Chat | undefined {
  return world.chats.find((chat) => chat.id === poll.chatId)
}

/** Chat polls: members of the message's chat. News-feed polls: everyone. */
export function canReadPoll(world: World, poll: StoredPoll, userId: number): boolean {
  if (poll.moduleId !== 'im') return world.users.has(userId)
  return chatOfPoll(world, poll)?.memberIds.includes(userId) ?? false
}

export function isAnonymous(world: World, poll: StoredPoll): boolean {
  return poll.anonymity === world.settings.anonymousValue
}

export function findPollByEntity(
  world: World,
  moduleId: string,
  entityType: string,
  entityId: number,
): StoredPoll | undefined {
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
