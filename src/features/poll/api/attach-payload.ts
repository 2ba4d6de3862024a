import * as v from 'valibot'
import type { Answer, Chart, Poll, Question, TextFormat } from '../poll'

// Validates `attach` objects from `vote.AttachedVote.*` and turns them into a
// `Poll`: Bitrix24's quirks end here (docs/poll-changes.md).

const decimalString = v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/), v.transform(Number))
const finiteNumber = v.pipe(v.number(), v.finite())
// Each union tries first what usually arrives: a failed branch builds an issue.
/** A database field: a string, a number only where the request just changed it. */
const decimal = v.union([decimalString, finiteNumber])
/** Computed by the module for every answer: a number. */
const percent = v.union([finiteNumber, decimalString])
const id = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.integer())]),
  v.transform(String),
)
const textFormat = v.pipe(
  v.optional(v.string(), 'text'),
  v.transform((value): TextFormat => (value === 'html' ? 'html' : 'text')),
)
const yesNo = (missing: 'Y' | 'N') =>
  v.pipe(
    v.optional(v.string(), missing),
    v.transform((value) => value === 'Y'),
  )
const chart = v.pipe(
  v.optional(v.string(), 'histogram'),
  v.transform((value): Chart => (value === 'circle' ? 'pie' : 'bars')),
)
const emptyPhpArray = v.pipe(
  v.strictTuple([]),
  v.transform((): Record<string, never> => ({})),
)
const idMap = <T extends v.GenericSchema>(item: T) =>
  v.union([v.record(v.string(), item), emptyPhpArray])

/** Texts and sort orders the database may hold as NULL. */
const sortOrder = v.nullish(decimal, 0)
const text = v.nullish(v.string(), '')

const answerPayload = v.object({
  ID: id,
  C_SORT: sortOrder,
  MESSAGE: text,
  MESSAGE_TYPE: textFormat,
  FIELD_TYPE: v.optional(decimal),
  COUNTER: decimal,
  PERCENT: percent,
})

const questionPayload = v.object({
  ID: id,
  C_SORT: sortOrder,
  QUESTION: text,
  QUESTION_TYPE: textFormat,
  COUNTER: decimal,
  FIELD_TYPE: decimal,
  ACTIVE: yesNo('Y'),
  REQUIRED: yesNo('N'),
  DIAGRAM_TYPE: chart,
  ANSWERS: idMap(answerPayload),
})

export const attachPayload = v.object({
  ID: v.pipe(decimal, v.integer()),
  COUNTER: decimal,
  ANONYMITY: decimal,
  OPTIONS: v.optional(decimal, 0),
  QUESTIONS: idMap(questionPayload),
  userAnswerMap: idMap(idMap(v.unknown())),
  canEdit: v.optional(v.boolean(), false),
  canVote: v.boolean(),
  canRevote: v.boolean(),
  isVoted: v.boolean(),
  isFinished: v.boolean(),
  signedAttachId: v.string(),
})

/** An `attach` as the module sends it. */
export type AttachInput = v.InferInput<typeof attachPayload>
type AttachPayload = v.InferOutput<typeof attachPayload>
type QuestionPayload = v.InferOutput<typeof questionPayload>
type AnswerPayload = v.InferOutput<typeof answerPayload>

/**
 * The module's own "anonymously" value; the docs' `1` means public here
 * (bitrix/modules/vote/lib/vote/anonymity.php: 1 public, 2 anonymous).
 */
const ANONYMOUS = 2
/**
 * Checkboxes and a multiple-selection list; a question of the legacy type
 * takes its answers' types (sergey1998181devlop/astt:
 * bitrix/modules/vote/lib/questiontypes.php, answertypes.php).
 */
const MULTIPLE_CHOICE_TYPES: ReadonlySet<number> = new Set([1, 3])
const LEGACY_QUESTION_TYPE = 99999
/**
 * `OPTIONS` bits: `Bitrix\Vote\Vote\Option`, the default of `OPTIONS` in
 * `VoteTable::getMap` (bitrix/modules/vote/lib/vote.php).
 */
const ALLOW_REVOTE = 1
const HIDE_RESULT = 2

export class InvalidPayloadError extends Error {
  constructor(issues: readonly v.BaseIssue<unknown>[]) {
    super(`Unexpected poll data: ${v.summarize(issues as [v.BaseIssue<unknown>])}`)
    this.name = 'InvalidPayloadError'
  }
}

/** The `attach` of an answer; `undefined` where the module answered `[]`. */
export function attachOf(result: unknown): unknown {
  return typeof result === 'object' && result !== null && 'attach' in result
    ? result.attach
    : undefined
}

export function parseAttach(raw: unknown): Poll {
  const parsed = v.safeParse(attachPayload, raw)
  if (!parsed.success) throw new InvalidPayloadError(parsed.issues)
  return toPoll(parsed.output)
}

function toPoll(attach: AttachPayload): Poll {
  // Hidden results are the author's alone (`Vote::canReadResult` in
  // bitrix/modules/vote/lib/vote.php), though REST answers carry them. For
  // chat polls the author is who may edit the poll.
  const resultsHidden = (attach.OPTIONS & HIDE_RESULT) !== 0 && !attach.canEdit
  return {
    attachId: attach.ID,
    signedAttachId: attach.signedAttachId,
    resultsHidden,
    voterCount: resultsHidden ? 0 : attach.COUNTER,
    isAnonymous: attach.ANONYMITY === ANONYMOUS,
    // A finished poll reports `canRevote: false` whatever the author chose.
    allowsVoteChange: attach.canRevote || (attach.OPTIONS & ALLOW_REVOTE) !== 0,
    isVoted: attach.isVoted,
    canEdit: attach.canEdit,
    // Right after `stop`, `canVote` may still follow LAMP while `isFinished`
    // reads the end date (bitrix/modules/vote/lib/Service/
    // AttachedVoteFrontendFormatService.php; LAMP in `VoteTable::getMap`,
    // bitrix/modules/vote/lib/vote.php): an ended poll takes no vote.
    canVote: attach.canVote && !attach.isFinished,
    canRevote: attach.canRevote,
    isFinished: attach.isFinished,
    questions: sortBySortThenId(Object.values(attach.QUESTIONS)).map((question) =>
      toQuestion(
        question,
        new Set(Object.keys(attach.userAnswerMap[question.ID] ?? {})),
        resultsHidden,
      ),
    ),
  }
}

function toQuestion(
  question: QuestionPayload,
  myAnswerIds: ReadonlySet<string>,
  resultsHidden: boolean,
): Question {
  const answers = sortBySortThenId(Object.values(question.ANSWERS))
  const isMultipleChoice =
    question.FIELD_TYPE === LEGACY_QUESTION_TYPE
      ? answers.some((answer) => MULTIPLE_CHOICE_TYPES.has(answer.FIELD_TYPE ?? 0))
      : MULTIPLE_CHOICE_TYPES.has(question.FIELD_TYPE)
  return {
    id: question.ID,
    text: question.QUESTION,
    textFormat: question.QUESTION_TYPE,
    isMultipleChoice,
    isRequired: question.REQUIRED,
    isActive: question.ACTIVE,
    chart: question.DIAGRAM_TYPE,
    voterCount: resultsHidden ? 0 : question.COUNTER,
    answers: answers.map((answer: AnswerPayload): Answer => ({
      id: answer.ID,
      text: answer.MESSAGE,
      textFormat: answer.MESSAGE_TYPE,
      votes: resultsHidden ? 0 : answer.COUNTER,
      percent: resultsHidden ? 0 : answer.PERCENT,
      isMine: myAnswerIds.has(answer.ID),
    })),
  }
}

function sortBySortThenId<T extends { C_SORT: number; ID: string }>(items: T[]): T[] {
  return items.sort(
    (a, b) =>
      a.C_SORT - b.C_SORT ||
      // Stryker disable next-line ArithmeticOperator: a map keyed by id already lists ascending ids and V8's sort is stable; "+", always positive, leaves them in that order too.
      Number(a.ID) - Number(b.ID),
  )
}
