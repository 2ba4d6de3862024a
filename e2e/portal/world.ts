import type { Sequences, StoredPoll, Table } from './vote/poll'

/** Everything one simulated portal holds: people, chats, messages and polls. */

export interface User {
  readonly id: number
  readonly name: string
  readonly position: string
  readonly isAdmin: boolean
  /** Whether the user uploaded a photo; without one Bitrix24 sends `IMAGE: null`. */
  readonly hasPhoto: boolean
  /**
   * The photo's `IMAGE` as the vote module sends it: a relative
   * `/upload/resize_cache/…` path on a portal that keeps files itself, an
   * absolute URL on one that keeps them in cloud storage. Without it, a photo
   * is the portal's own avatar at an absolute URL.
   */
  readonly image?: string
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
}

/**
 * The switches for what the docs leave open (FIDELITY.md, "Switches"). Defaults follow
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
  /**
   * How `getAnswerVoted` pages: by the standard `start` in pages of 50 (the
   * module's source over REST) or by the documented `pageNavigation` object.
   */
  answerVotedPaging: 'start' | 'page-navigation'
  /**
   * The `error` of a refused read: the module's prefilter adds an error
   * without a code, sent as `"0"`; the docs name it `ATTACH_READ_ACCESS_DENIED`.
   */
  readDeniedCode: 'module' | 'docs'
  /**
   * How long a user's `vote` or `recall` waits for the same user's earlier one
   * on the same poll before it gives up (the module's 15 s database lock).
   */
  lockTimeoutMs: number
}

export const defaultSettings: PortalSettings = {
  anonymousValue: 2,
  refusal: 'empty-result',
  recallWhenFinished: true,
  answerVotedPaging: 'start',
  readDeniedCode: 'module',
  lockTimeoutMs: 15_000,
}

/** A `placement.bind` row: where the app's handler is shown. */
export interface PlacementBinding {
  readonly placement: string
  readonly handler: string
  readonly title: string
  readonly description: string
  readonly langAll: Readonly<Record<string, { TITLE?: string; DESCRIPTION?: string }>>
  readonly options: Readonly<Record<string, unknown>>
}

/**
 * The app as this portal knows it: installed or not (an app with a UI is
 * installed only once its installer calls `installFinish`), its placements
 * and the scopes its tokens carry.
 */
export interface AppState {
  installed: boolean
  readonly bindings: PlacementBinding[]
  readonly scopes: readonly string[]
}

export interface World {
  readonly users: Map<number, User>
  readonly chats: Chat[]
  readonly polls: Map<number, StoredPoll>
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

export function chatOfPoll(world: World, poll: StoredPoll): Chat | undefined {
  return world.chats.find((chat) => chat.id === poll.chatId)
}

/** The placements the portal shows: none until the app is installed (widgets/placement-bind.md). */
export function visibleBindings(world: World, placement: string): PlacementBinding[] {
  if (!world.app.installed) return []
  return world.app.bindings.filter((binding) => binding.placement === placement)
}

/** Chat polls: members of the message's chat. News-feed polls: everyone. */
export function canReadPoll(world: World, poll: StoredPoll, userId: number): boolean {
  if (poll.moduleId !== 'im') return world.users.has(userId)
  return chatOfPoll(world, poll)?.memberIds.includes(userId) ?? false
}

/** Chat polls: the poll message's author, if still in the chat. Feed polls: the post's author. */
export function canEditPoll(world: World, poll: StoredPoll, userId: number): boolean {
  return canReadPoll(world, poll, userId) && poll.authorId === userId
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
