import { createHmac } from 'node:crypto'
import {
  allowsRevote,
  answerCounter,
  isFinished,
  questionCounter,
  voterCount,
  type PollRecord,
} from './poll'

/**
 * The `attach` object of `vote.AttachedVote.*`, serialised as Bitrix24 does
 * (FIDELITY.md, "The attach object"): top-level fields are numbers, database fields
 * inside QUESTIONS/ANSWERS are strings, except the counters the current
 * request changed, which PHP's arithmetic turned into numbers. Empty maps are
 * PHP's empty array `[]`.
 */

export interface Viewer {
  readonly userId: number
  readonly canRead: boolean
}

/** Counters one request changed: they come back as numbers. */
export interface Touched {
  readonly questions: ReadonlySet<number>
  readonly answers: ReadonlySet<string>
}

export const untouched: Touched = { questions: new Set(), answers: new Set() }

const SIGNING_SECRET = 'simulated-portal-signing-key'

export function signAttachId(attachId: number): string {
  const signature = createHmac('sha256', SIGNING_SECRET)
    .update(`vote.result:${attachId}`)
    .digest('hex')
  return `${attachId}.${signature}`
}

export function verifySignedAttachId(signed: string): number | undefined {
  const attachId = Number(signed.split('.')[0])
  return Number.isSafeInteger(attachId) && signAttachId(attachId) === signed
    ? attachId
    : undefined
}

export function serializeAttach(
  poll: PollRecord,
  viewer: Viewer,
  touched: Touched = untouched,
) {
  const finished = isFinished(poll)
  const ballot = poll.ballots.get(viewer.userId)
  const canEdit = viewer.canRead && viewer.userId === poll.authorId
  const canParticipate = viewer.canRead && !finished
  const signedAttachId = signAttachId(poll.attachId)
  return {
    ID: poll.attachId,
    VOTE_ID: poll.voteId,
    // The real counters whatever HIDE_RESULT says: `Vote::canReadResult` is
    // never asked (bitrix/modules/vote/lib/Service/AttachedVoteFrontendFormatService.php).
    COUNTER: voterCount(poll),
    QUESTIONS: phpMap(
      poll.questions.map((question) => {
        const questionCount = questionCounter(poll, question.id)
        const fieldName = `bx_vote_event[${poll.attachId}][BALLOT][${question.id}]`
        return [
          question.id,
          {
            ID: String(question.id),
            ACTIVE: 'Y',
            TIMESTAMP_X: poll.timestamp,
            VOTE_ID: String(poll.voteId),
            C_SORT: String(question.sort),
            COUNTER: touched.questions.has(question.id)
              ? questionCount
              : String(questionCount),
            QUESTION: question.text,
            QUESTION_TYPE: question.textType,
            IMAGE_ID: null,
            DIAGRAM: 'Y',
            DIAGRAM_TYPE: question.diagramType,
            REQUIRED: question.required ? 'Y' : 'N',
            FIELD_TYPE: String(question.fieldType),
            FIELD_NAME: fieldName,
            IMAGE: null,
            ANSWERS: phpMap(
              question.answers.map((answer) => {
                const count = answerCounter(poll, question.id, answer.id)
                const rawPercent = questionCount > 0 ? (count * 100) / questionCount : 0
                return [
                  answer.id,
                  {
                    ID: String(answer.id),
                    ACTIVE: 'Y',
                    TIMESTAMP_X: poll.timestamp,
                    QUESTION_ID: String(question.id),
                    C_SORT: String(answer.sort),
                    IMAGE_ID: null,
                    MESSAGE: answer.text,
                    MESSAGE_TYPE: answer.textType,
                    COUNTER: touched.answers.has(`${question.id}:${answer.id}`)
                      ? count
                      : String(count),
                    FIELD_TYPE: String(question.fieldType),
                    FIELD_WIDTH: '0',
                    FIELD_HEIGHT: '0',
                    FIELD_PARAM: null,
                    COLOR: '',
                    REACTION: '',
                    '~FIELD_NAME': fieldName,
                    FIELD_NAME: fieldName,
                    MESSAGE_FIELD_NAME: `bx_vote_event[${poll.attachId}][MESSAGE][${question.id}][${answer.id}]`,
                    '~PERCENT': rawPercent,
                    PERCENT: Math.round(rawPercent * 100) / 100,
                  },
                ]
              }),
            ),
          },
        ]
      }),
    ),
    ANONYMITY: poll.anonymity,
    OPTIONS: poll.options,
    userAnswerMap: phpMap(
      [...(ballot?.answers ?? [])].map(([questionId, answerIds]) => [
        questionId,
        phpMap(
          answerIds.map((answerId) => {
            const eventAnswerId = String(
              ballot?.eventAnswerIds.get(`${questionId}:${answerId}`),
            )
            return [
              answerId,
              {
                EVENT_ID: eventAnswerId,
                EVENT_QUESTION_ID: String(ballot?.eventQuestionIds.get(questionId)),
                ANSWER_ID: String(answerId),
                ID: eventAnswerId,
                MESSAGE: '',
              },
            ]
          }),
        ),
      ]),
    ),
    canEdit,
    canVote: canParticipate && !ballot,
    canRevote: canParticipate && allowsRevote(poll),
    isVoted: Boolean(ballot),
    signedAttachId,
    resultUrl: `/vote-result/${poll.uid}`,
    downloadUrl: `/bitrix/services/main/ajax.php?action=vote.AttachedVote.download&SITE_ID=s1&signedAttachId=${signedAttachId}`,
    entityId: poll.entityId,
    isFinished: finished,
  }
}

/** PHP serialises an empty associative array as `[]`, a non-empty one as an object. */
function phpMap<T>(entries: readonly (readonly [number, T])[]): Record<string, T> | [] {
  return entries.length === 0
    ? []
    : Object.fromEntries(entries.map(([k, v]) => [String(k), v]))
}
