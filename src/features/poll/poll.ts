/** The poll as the app understands it, independent of Bitrix24's payload. */
export interface Poll {
  readonly attachId: number
  readonly signedAttachId: string
  /** The author hid the results: only the user's own answers are known. */
  readonly resultsHidden: boolean
  /** People who cast a ballot. */
  readonly voterCount: number
  readonly isAnonymous: boolean
  /** The author lets voters change or withdraw their vote (while the poll is open). */
  readonly allowsVoteChange: boolean
  readonly isVoted: boolean
  /** The user may edit the poll: for chat polls, its author. */
  readonly canEdit: boolean
  readonly canVote: boolean
  readonly canRevote: boolean
  readonly isFinished: boolean
  readonly questions: readonly Question[]
}

/** `html` texts are the author's markup: only `PollText` shows them, sanitised. */
export type TextFormat = 'text' | 'html'

/** How the author asked the results to be drawn. */
export type Chart = 'bars' | 'pie'

export interface Question {
  readonly id: string
  readonly text: string
  readonly textFormat: TextFormat
  readonly isMultipleChoice: boolean
  readonly isRequired: boolean
  /** An inactive question is shown, but binds nothing: not even when required. */
  readonly isActive: boolean
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

/**
 * What the answers show this user: counts and shares once they voted or the
 * poll finished, and to its author at any time, as in Bitrix24's chat widget
 * (`canShowResults` in src/components/vote-question/vote-question.js, "Show
 * results" in src/classes/message-menu/message-menu.js, both in
 * bitrix/modules/vote/install/js/vote/component/vote/dist/vote.bundle.js.map).
 */
export type ResultsView =
  /** Counts, shares, bars, charts and voters. */
  | 'shown'
  /** The answers as plain choices until the user votes. */
  | 'after-voting'
  /** The author hid them from everyone else: only the user's own choice. */
  | 'hidden-by-author'

/**
 * `withdrawnHere`: the user withdrew their vote in this app and has not voted
 * since; the counters the withdrawal changed stay on screen.
 */
export function resultsView(poll: Poll, withdrawnHere = false): ResultsView {
  if (poll.resultsHidden) return 'hidden-by-author'
  return poll.isVoted || withdrawnHere || poll.isFinished || poll.canEdit
    ? 'shown'
    : 'after-voting'
}

/**
 * Whole-number shares of `counts` that add up to 100: each share rounded
 * down, then the points left over go to the largest fractions, the earlier
 * answer first on a tie. All zeros when nobody voted.
 */
export function largestRemainderShares(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0)
  if (total === 0) return counts.map(() => 0)
  const exact = counts.map((count) => (count * 100) / total)
  const shares = exact.map(Math.floor)
  const leftOver = 100 - shares.reduce((sum, share) => sum + share, 0)
  const byFraction = exact
    .map((share, index) => ({ index, fraction: share - Math.floor(share) }))
    .sort((a, b) => b.fraction - a.fraction)
  for (const { index } of byFraction.slice(0, leftOver))
    shares[index] = (shares[index] ?? 0) + 1
  return shares
}

/**
 * Each answer's share in whole percent, as Bitrix24's chat widget shows it
 * (`formattedAnswers`, `roundPercentages` in vote-question.js, bundle map
 * above): single choice adds up to 100; multiple choice, rounded, to more.
 */
export function answerShares(question: Question): number[] {
  return question.isMultipleChoice
    ? question.answers.map((answer) => Math.round(answer.percent))
    : largestRemainderShares(question.answers.map((answer) => answer.votes))
}

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
  // Stryker disable next-line ArrayDeclaration: stands for a question without answers of mine; an id put in it matches none of the numeric answer ids a ballot sends
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
 * The question must be answered: REQUIRED binds only ACTIVE questions
 * (`check` in bitrix/modules/vote/lib/event.php).
 */
export function needsAnswer(question: Question): boolean {
  return question.isRequired && question.isActive
}

/**
 * Why Bitrix24 would refuse this ballot, if it would: a required question
 * without an answer, or no answer at all (`VOTE_REQUIRED_MISSING`,
 * `USER_VOTE_EMPTY`).
 */
export function ballotProblem(poll: Poll, ballot: Ballot): BallotProblem | undefined {
  const answered = (question: Question) => (ballot[question.id]?.length ?? 0) > 0
  const missing = poll.questions.filter((q) => needsAnswer(q) && !answered(q))
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

/** The current user, as far as telling them apart in voter lists needs. */
export interface Me {
  readonly id: number
  readonly name: string
}

/** Who chose an answer, the user on their own. */
export interface AnswerVoterList {
  /** The user, when the answer is theirs and the app knows who they are. */
  readonly you: Voter | undefined
  readonly others: readonly Voter[]
}

/**
 * The user apart from the other voters, to be named "You" and shown first.
 * Bitrix24 lists them like anyone else, by authority rating, then user id
 * (`GetUserAnswerStat` in bitrix/modules/vote/classes/mysql/event.php).
 * Without `me`, the list stays as Bitrix24 sent it.
 */
export function youFirst(
  answer: Answer,
  voters: readonly Voter[],
  me: Me | undefined,
): AnswerVoterList {
  if (!me) return { you: undefined, others: voters }
  const own = voters.find((voter) => voter.id === me.id)
  return {
    you: answer.isMine
      ? (own ?? { id: me.id, name: me.name, avatarUrl: undefined, position: '' })
      : undefined,
    others: voters.filter((voter) => voter.id !== me.id),
  }
}

/** What an answer's row says about who chose it: "Anna, Boris +3" and three faces. */
export interface VoterSummary {
  readonly faces: readonly Voter[]
  /** Named on the row; `you` among them is the user. */
  readonly named: readonly Voter[]
  /** How many chose the answer besides those named. */
  readonly more: number
}

const FACES = 3
const NAMED = 2

export function voterSummary(list: AnswerVoterList, votes: number): VoterSummary {
  const people = [...(list.you ? [list.you] : []), ...list.others]
  const named = people.filter((person) => person.name !== '').slice(0, NAMED)
  return {
    faces: people.slice(0, FACES),
    named,
    more: Math.max(votes - named.length, 0),
  }
}

/** The name a voter goes by in a short list: the first word of their name. */
export function firstName(name: string): string {
  // Stryker disable next-line Regex,StringLiteral: what comes before the first blank is the same split at one blank or at a run of them, and split always gives a first piece
  return name.trim().split(/\s+/)[0] ?? ''
}
