import { createPoll, type FieldType, type TextType } from '../vote/poll'
import { CHAT_POLL_ENTITY } from '../vote/entities'
import { RestError } from './rest-error'
import type { CallContext } from './method'

/**
 * `vote.Integration.Im.send` (api-reference/vote/vote.integration.im.send.md): posts a one-question poll
 * message to a chat the user is in. Answers with empty text are dropped
 * before counting; a repeated `templateId` answers with the first poll.
 */

const TEN_YEARS_MS = 10 * 365 * 24 * 60 * 60 * 1000

const invalid = (description: string) => new RestError(400, '400', description)

export function sendChatPoll({ world, userId, params }: CallContext) {
  const chat = world.chats.find((candidate) => candidate.id === Number(params.chatId))
  if (!chat?.memberIds.includes(userId)) {
    throw new RestError(400, '403', 'Insufficient rights to create a survey')
  }
  const templateId =
    typeof params.templateId === 'string' && params.templateId !== ''
      ? `${chat.id}:${userId}:${params.templateId}`
      : undefined
  const earlier = templateId === undefined ? undefined : world.sentPolls.get(templateId)
  if (earlier) return earlier

  const data = record(params.IM_MESSAGE_VOTE_DATA)
  const questions = Object.values(record(data.QUESTIONS))
  if (questions.length > 1) throw invalid('Maximum number of questions: 1')
  const question = record(questions[0])
  const text = typeof question.QUESTION === 'string' ? question.QUESTION.trim() : ''
  const answers = Object.values(record(question.ANSWERS))
    .map(record)
    .filter((answer) => typeof answer.MESSAGE === 'string')
    .map((answer) => ({
      text: String(answer.MESSAGE).trim(),
      textType: answerTextType(answer.MESSAGE_TYPE),
    }))
    .filter((answer) => answer.text !== '')
  if (text === '' || answers.length === 0) {
    throw invalid('Please enter a question and answer options')
  }
  if (answers.length < 2) throw invalid('Minimum number of answers: 2')
  if (answers.length > 10) throw invalid('Maximum number of answers: 10')

  const messageId = world.sequences.next('message')
  const now = Date.now()
  const poll = createPoll(world.sequences, {
    moduleId: 'im',
    entityType: CHAT_POLL_ENTITY,
    entityId: messageId,
    chatId: chat.id,
    readerIds: undefined,
    authorId: userId,
    // The column's default when ANONYMITY is not sent: PUBLICLY
    // (bitrix/modules/vote/lib/vote.php VoteTable::getMap).
    anonymity: isAbsent(data.ANONYMITY) ? 1 : integerOr(data.ANONYMITY, 1),
    options: optionBits(data.OPTIONS),
    dateEnd: now + TEN_YEARS_MS,
    createdAt: now,
    questions: [
      {
        text,
        // CVoteQuestion::CheckFields: 'html' only when asked for.
        textType: question.QUESTION_TYPE === 'html' ? 'html' : 'text',
        fieldType: fieldTypeOf(question.FIELD_TYPE),
        required: false,
        diagramType: 'histogram',
        answers,
      },
    ],
  })
  world.polls.set(poll.attachId, poll)
  chat.messages.push({
    id: messageId,
    authorId: userId,
    text,
    date: new Date(now).toISOString(),
    attachId: poll.attachId,
  })
  const result = { messageId, voteId: poll.voteId }
  if (templateId !== undefined) world.sentPolls.set(templateId, result)
  return result
}

/**
 * `MESSAGE_TYPE` 'text' when sent; without it the row keeps the column's
 * default 'html' (bitrix/modules/vote/install/db/mysql/install.sql), since
 * `CVoteAnswer::CheckFields` leaves it alone. Other values are not modelled.
 */
function answerTextType(value: unknown): TextType {
  return value === 'text' ? 'text' : 'html'
}

/** Radio, checkbox, dropdown or multiselect as sent; anything else is a radio. */
function fieldTypeOf(value: unknown): FieldType {
  const fieldType = integerOr(value, 0)
  return fieldType === 1 || fieldType === 2 || fieldType === 3 ? fieldType : 0
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}

/** `OPTIONS` as the docs' integer or the web form's list of bits (`OPTIONS[]=1`). */
function optionBits(value: unknown): number {
  if (Array.isArray(value) || (typeof value === 'object' && value !== null)) {
    return Object.values(value).reduce<number>((bits, bit) => bits | integerOr(bit, 0), 0)
  }
  return integerOr(value, 0)
}

function integerOr(value: unknown, fallback: number): number {
  const number = Number(value)
  return Number.isSafeInteger(number) ? number : fallback
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : {}
}
