/** The poll as the app understands it, independent of Bitrix24's payload. */
export interface Poll {
  readonly attachId: number
  readonly signedAttachId: string
  /**
   * The author hid the results from everyone else: no counts, shares or
   * voters are known, only the user's own answers.
   */
  readonly resultsHidden: boolean
  /** People who cast a ballot. */
  readonly voterCount: number
  readonly isAnonymous: boolean
  /** The author lets voters change or withdraw their vote (while the poll is open). */
  readonly allowsVoteChange: boolean
  readonly isVoted: boolean
  readonly canVote: boolean
  readonly canRevote: boolean
  readonly isFinished: boolean
  readonly questions: readonly Question[]
}

/**
 * `html` texts are as the poll's author wrote them: only `PollText` shows
 * them, through the sanitiser. `text` ones are shown as they are.
 */
export type TextFormat = 'text' | 'html'

/** How the author asked the results to be drawn. */
export type Chart = 'bars' | 'pie'

export interface Question {
  readonly id: string
  readonly text: string
  readonly textFormat: TextFormat
  readonly isMultipleChoice: boolean
  readonly isRequired: boolean
  readonly chart: Chart
  /** People who answered this question: the denominator of every share. */
  readonly voterCount: number
  readonly answers: readonly Answer[]
}

export interface Answer {
  readonly id: string
  readonly text: string
  readonly textFormat: TextFormat
  readonly votes: number
  /** Share of the question's voters, 0–100, as Bitrix24 computed it. */
  readonly percent: number
  readonly isMine: boolean
}

/** How a poll is addressed in `vote.AttachedVote.*` calls. */
export type PollRef =
  | { readonly messageId: number }
  | { readonly attachId: number }
  | { readonly signedAttachId: string }

/** The answers chosen, by question id: what `vote.AttachedVote.vote` takes. */
export type Ballot = Readonly<Record<string, readonly string[]>>

export function canWithdraw(poll: Poll): boolean {
  return poll.isVoted && poll.canRevote && !poll.isFinished
}

/** The current user's answers as a ballot, to pre-fill a change or replay an undo. */
export function myBallot(poll: Poll): Ballot {
  const ballot: Record<string, string[]> = {}
  for (const question of poll.questions) {
    const mine = question.answers.filter((answer) => answer.isMine).map((a) => a.id)
    if (mine.length > 0) ballot[question.id] = mine
  }
  return ballot
}

/** The poll shows exactly `ballot` as the current user's answers. */
export function hasBallot(poll: Poll, ballot: Ballot): boolean {
  const mine = myBallot(poll)
  const sent = Object.entries(ballot).filter(([, answerIds]) => answerIds.length > 0)
  const same = (a: readonly string[], b: readonly string[] = []) =>
    a.length === b.length && a.every((id) => b.includes(id))
  return (
    poll.isVoted &&
    sent.length === Object.keys(mine).length &&
    sent.every(([questionId, answerIds]) => same(answerIds, mine[questionId]))
  )
}

/** A single-choice question keeps one answer; a multiple-choice one toggles it. */
export function choose(
  ballot: Ballot,
  question: Question,
  answerId: string,
  checked: boolean,
): Ballot {
  const current = ballot[question.id] ?? []
  const next = !question.isMultipleChoice
    ? [answerId]
    : checked
      ? [...current.filter((id) => id !== answerId), answerId]
      : current.filter((id) => id !== answerId)
  return { ...ballot, [question.id]: next }
}

export interface BallotProblem {
  readonly kind: 'required-missing' | 'empty'
  /** The questions that need an answer before the ballot can be sent. */
  readonly questionIds: readonly string[]
}

/**
 * Why Bitrix24 would refuse this ballot, if it would: a required question
 * without an answer, or no answer at all (`VOTE_REQUIRED_MISSING`,
 * `USER_VOTE_EMPTY`).
 */
export function ballotProblem(poll: Poll, ballot: Ballot): BallotProblem | undefined {
  const answered = (question: Question) => (ballot[question.id]?.length ?? 0) > 0
  const missing = poll.questions.filter((q) => q.isRequired && !answered(q))
  if (missing.length > 0) {
    return { kind: 'required-missing', questionIds: missing.map((q) => q.id) }
  }
  if (!poll.questions.some(answered)) {
    return { kind: 'empty', questionIds: poll.questions.map((q) => q.id) }
  }
  return undefined
}

/** Someone who chose an answer in a public poll. */
export interface Voter {
  readonly id: number
  readonly name: string
  readonly avatarUrl: string | undefined
  readonly position: string
}
