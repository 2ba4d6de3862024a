import type { PollSpec } from '../control-schemas'
import { WorldBuilder } from '../scenarios'
import type { PollRecord } from '../vote/poll'
import type { PortalSettings, World } from '../world'

/**
 * The portal the docs' examples were taken from: Alex (user 1) posted a
 * one-question poll as chat message 13; Bea (user 2) is in the chat, Carl
 * (user 3) is not.
 */
export function docWorld(
  poll: Partial<PollSpec> = {},
  settings: Partial<PortalSettings> = {},
): { world: World; poll: PollRecord } {
  const builder = new WorldBuilder({ settings })
  builder.user({ id: 1, name: 'Alex', position: '', isAdmin: true, hasPhoto: true })
  builder.user({
    id: 2,
    name: 'Bea',
    position: 'Tester',
    isAdmin: false,
    hasPhoto: false,
  })
  builder.user({ id: 3, name: 'Carl', position: '', isAdmin: false, hasPhoto: true })
  const chat = builder.chat(7, 'Docs', [1, 2])
  const stored = builder.chatPoll(chat, 13, {
    authorId: 1,
    questions: [
      { text: 'How are you?', answers: ['Great!', 'Best of all!', "What's up??"] },
    ],
    ...poll,
  })
  return { world: builder.world, poll: stored }
}

/** The addressing by message the app uses. */
export const byMessage = {
  moduleId: 'im',
  entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
  entityId: 13,
}
