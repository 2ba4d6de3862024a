import { randomBytes } from 'node:crypto'

/**
 * A poll as Bitrix24's vote module stores it: the attachment row, its vote,
 * questions, answers and one ballot per user. Counters are derived from the
 * ballots, which is what the module's own counters amount to
 * (bitrix/modules/vote/lib/event.php).
 */

/**
 * `b_vote.OPTIONS` bits: `Bitrix\Vote\Vote\Option`, the default of `OPTIONS` in
 * `VoteTable::getMap` (bitrix/modules/vote/lib/vote.php).
 */
export const ALLOW_REVOTE = 1
export const HIDE_RESULT = 2

/** `QuestionTypes`: radio, checkbox, dropdown, multiselect (bitrix/modules/vote/lib/questiontypes.php). */
export type FieldType = 0 | 1 | 2 | 3
export type TextType = 'text' | 'html'
export type DiagramType = 'histogram' | 'circle'

/** A question's or an answer's text, plain or HTML (`QUESTION_TYPE`, `MESSAGE_TYPE`). */
export interface PollText {
  readonly text: string
  readonly textType: TextType
}

/** A question as its poll is created with it. */
export interface NewQuestion extends PollText {
  readonly fieldType: FieldType
  readonly required: boolean
  readonly diagramType: DiagramType
  readonly answers: readonly PollText[]
}

/** What a question's or an answer's row gets from the portal as it is stored. */
interface StoredRow {
  readonly id: number
  readonly sort: number
}

export type StoredAnswer = StoredRow & PollText

export interface StoredQuestion extends StoredRow, Omit<NewQuestion, 'answers'> {
  readonly answers: readonly StoredAnswer[]
}

/** One user's ballot: the answers chosen per question, with the rows' ids. */
export interface Ballot {
  readonly eventId: number
  readonly answers: ReadonlyMap<number, readonly number[]>
  /** `b_vote_event_question.ID` per question and `b_vote_event_answer.ID` per answer. */
  readonly eventQuestionIds: ReadonlyMap<number, number>
  readonly eventAnswerIds: ReadonlyMap<string, number>
  readonly visible: boolean
}

export interface PollRecord {
  readonly attachId: number
  readonly voteId: number
  readonly moduleId: 'im' | 'blog'
  readonly entityType: string
  readonly entityId: number
  /** The chat the poll message is in; `undefined` for news-feed polls. */
  readonly chatId: number | undefined
  /** Who the news-feed post was sent to; `undefined` for all employees, and for chat polls. */
  readonly readerIds: readonly number[] | undefined
  readonly authorId: number
  readonly anonymity: number
  options: number
  /** Unix ms; the poll is finished once this is in the past. */
  dateEnd: number
  readonly uid: string
  readonly timestamp: string
  readonly questions: readonly StoredQuestion[]
  readonly ballots: Map<number, Ballot>
}

export function isFinished(poll: PollRecord, now = Date.now()): boolean {
  return poll.dateEnd <= now
}

/** Checkboxes and multiselect lists keep every answer; radios and dropdowns one (lib/event.php check). */
export function isMultipleChoice(fieldType: FieldType): boolean {
  return fieldType === 1 || fieldType === 3
}

export function allowsRevote(poll: PollRecord): boolean {
  return (poll.options & ALLOW_REVOTE) !== 0
}

export function voterCount(poll: PollRecord): number {
  return poll.ballots.size
}

export function questionCounter(poll: PollRecord, questionId: number): number {
  let count = 0
  for (const ballot of poll.ballots.values()) {
    if ((ballot.answers.get(questionId)?.length ?? 0) > 0) count += 1
  }
  return count
}

export function answerCounter(
  poll: PollRecord,
  questionId: number,
  answerId: number,
): number {
  let count = 0
  for (const ballot of poll.ballots.values()) {
    if (ballot.answers.get(questionId)?.includes(answerId)) count += 1
  }
  return count
}

/** Ids allocated by the portal's database sequences. */
export type Table =
  | 'attach'
  | 'vote'
  | 'question'
  | 'answer'
  | 'event'
  | 'eventQuestion'
  | 'eventAnswer'
  | 'message'
  | 'post'

export interface Sequences {
  next(table: Table): number
}

/** A poll to write: its record's own fields, without the ids and stamps the writing gives it. */
export interface NewPoll extends Readonly<
  Pick<
    PollRecord,
    | 'moduleId'
    | 'entityType'
    | 'entityId'
    | 'chatId'
    | 'readerIds'
    | 'authorId'
    | 'anonymity'
    | 'options'
    | 'dateEnd'
  >
> {
  /** When the rows were written: `TIMESTAMP_X`. */
  readonly createdAt: number
  readonly questions: readonly NewQuestion[]
}

/** Writes a poll's rows, ids from the portal's sequences, sort orders 10, 20, … */
export function createPoll(sequences: Sequences, init: NewPoll): PollRecord {
  return {
    attachId: sequences.next('attach'),
    voteId: sequences.next('vote'),
    moduleId: init.moduleId,
    entityType: init.entityType,
    entityId: init.entityId,
    chatId: init.chatId,
    readerIds: init.readerIds,
    authorId: init.authorId,
    anonymity: init.anonymity,
    options: init.options,
    dateEnd: init.dateEnd,
    uid: attachUid(),
    timestamp: new Date(init.createdAt).toISOString().replace(/\.\d+Z$/, '+00:00'),
    questions: init.questions.map((question, index) => ({
      id: sequences.next('question'),
      sort: (index + 1) * 10,
      text: question.text,
      textType: question.textType,
      fieldType: question.fieldType,
      required: question.required,
      diagramType: question.diagramType,
      answers: question.answers.map((answer, answerIndex) => ({
        id: sequences.next('answer'),
        sort: (answerIndex + 1) * 10,
        text: answer.text,
        textType: answer.textType,
      })),
    })),
    ballots: new Map(),
  }
}

/** `Attach::generateUid`: 16 characters of `[a-z0-9]`. */
function attachUid(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  return Array.from(randomBytes(16), (byte) => alphabet[byte % alphabet.length]).join('')
}

/**
 * Keeps what the module keeps of a ballot (`Event::check`): unknown answers
 * dropped, only the first answer of a radio or dropdown question. Returns the
 * reason when nothing valid is left or a required question is missing.
 */
export function cleanBallot(
  poll: PollRecord,
  ballot: Readonly<Record<string, readonly unknown[]>>,
):
  | { answers: Map<number, number[]> }
  | { refused: 'USER_VOTE_EMPTY' | 'VOTE_REQUIRED_MISSING' } {
  const answers = new Map<number, number[]>()
  for (const question of poll.questions) {
    const chosen = (ballot[String(question.id)] ?? [])
      .map(Number)
      .filter((id) => question.answers.some((answer) => answer.id === id))
    const kept = isMultipleChoice(question.fieldType)
      ? [...new Set(chosen)]
      : chosen.slice(0, 1)
    if (kept.length > 0) answers.set(question.id, kept)
    else if (question.required) return { refused: 'VOTE_REQUIRED_MISSING' }
  }
  return answers.size > 0 ? { answers } : { refused: 'USER_VOTE_EMPTY' }
}

export function storeBallot(
  poll: PollRecord,
  userId: number,
  answers: ReadonlyMap<number, readonly number[]>,
  sequences: Sequences,
  isAnonymous: boolean,
): void {
  const eventQuestionIds = new Map<number, number>()
  const eventAnswerIds = new Map<string, number>()
  for (const [questionId, answerIds] of answers) {
    eventQuestionIds.set(questionId, sequences.next('eventQuestion'))
    for (const answerId of answerIds) {
      eventAnswerIds.set(`${questionId}:${answerId}`, sequences.next('eventAnswer'))
    }
  }
  poll.ballots.set(userId, {
    eventId: sequences.next('event'),
    answers,
    eventQuestionIds,
    eventAnswerIds,
    visible: !isAnonymous,
  })
}
