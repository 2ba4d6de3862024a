import { serializeAttach } from '../vote/attach-payload'
import { createPoll, type TextType } from '../vote/poll'

/** A question's text and its answers' texts, all in one format. */
export interface QuestionTexts {
  readonly text: string
  readonly answers: readonly string[]
}

/**
 * `vote.AttachedVote.get`'s result for a chat message's open, public poll that
 * its reader (user 1) has not voted in, serialised as the simulated portal
 * serialises any attach: for the server's tests and its bench, which build
 * polls of a chosen size and markup.
 */
export function unvotedPollResult(
  textType: TextType,
  questions: readonly QuestionTexts[],
) {
  let id = 0
  const poll = createPoll(
    { next: () => (id += 1) },
    {
      moduleId: 'im',
      entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
      entityId: 1002,
      chatId: 1,
      readerIds: undefined,
      authorId: 2,
      anonymity: 0,
      options: 1,
      dateEnd: Date.now() + 86_400_000,
      createdAt: Date.now(),
      questions: questions.map((question) => ({
        text: question.text,
        textType,
        fieldType: 1,
        required: false,
        diagramType: 'histogram',
        answers: question.answers.map((answer) => ({ text: answer, textType })),
      })),
    },
  )
  return { attach: serializeAttach(poll, { userId: 1, canRead: true }) }
}
