import type { PollSpec } from './control-schemas'
import { CHAT_POLL_ENTITY, FEED_POLL_ENTITY } from './vote/entities'
import {
  ALLOW_REVOTE,
  HIDE_RESULT,
  createPoll,
  storeBallot,
  type PollRecord,
} from './vote/poll'
import type { Chat, World } from './world'

/**
 * A poll as a scenario or a test writes it (`PollSpec`), stored as the vote
 * module stores one: its rows, and a ballot for each user who already chose.
 */

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/** A chat message carrying the poll, or a news-feed post. */
export type Attachment =
  | { readonly chat: Chat; readonly messageId: number; readonly postedAt: string }
  | { readonly postId: number; readonly readerIds?: readonly number[] }

export function storePoll(
  world: World,
  attachment: Attachment,
  spec: PollSpec,
  createdAt: number,
): PollRecord {
  const { sequences, settings } = world
  const anonymous = spec.anonymous ?? false
  const inChat = 'chat' in attachment
  const poll = createPoll(sequences, {
    moduleId: inChat ? 'im' : 'blog',
    entityType: inChat ? CHAT_POLL_ENTITY : FEED_POLL_ENTITY,
    entityId: inChat ? attachment.messageId : attachment.postId,
    chatId: inChat ? attachment.chat.id : undefined,
    readerIds: inChat ? undefined : attachment.readerIds,
    authorId: spec.authorId,
    // Bitrix24's own clients send 2 for anonymous, 1 for public (FIDELITY.md, "Switches").
    anonymity: anonymous
      ? settings.anonymousValue
      : settings.anonymousValue === 2
        ? 1
        : 0,
    options:
      (spec.revote === false ? 0 : ALLOW_REVOTE) | (spec.hideResults ? HIDE_RESULT : 0),
    dateEnd: spec.finished ? createdAt : Date.now() + 10 * YEAR_MS,
    createdAt,
    questions: spec.questions.map((question) => {
      const textType = question.html ? 'html' : 'text'
      const answerTextType = question.answerTextType ?? textType
      return {
        text: question.text,
        textType,
        fieldType: question.fieldType ?? (question.multiple ? 1 : 0),
        required: question.required ?? false,
        diagramType: question.diagram ?? 'histogram',
        answers: question.answers.map((text) => ({ text, textType: answerTextType })),
      }
    }),
  })
  for (const [userId, choices] of Object.entries(spec.ballots ?? {})) {
    const answers = new Map<number, number[]>()
    poll.questions.forEach((question, index) => {
      const ids = (choices[index] ?? []).map((text) => {
        const answer = question.answers.find((candidate) => candidate.text === text)
        if (!answer) throw new Error(`Poll "${question.text}" has no answer "${text}"`)
        return answer.id
      })
      if (ids.length > 0) answers.set(question.id, ids)
    })
    storeBallot(poll, Number(userId), answers, sequences, anonymous)
  }
  world.polls.set(poll.attachId, poll)
  if (inChat) {
    attachment.chat.messages.push({
      id: attachment.messageId,
      authorId: spec.authorId,
      // Bitrix24 makes the question the poll message's text.
      text: spec.questions[0]?.text ?? '',
      date: attachment.postedAt,
      attachId: poll.attachId,
    })
  }
  return poll
}
