/** The poll as the app understands it, independent of Bitrix24's payload. */
export interface Poll {
  readonly attachId: number
  readonly signedAttachId: string
  /** People who cast a ballot. */
  readonly voterCount: number
  readonly isAnonymous: boolean
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

export interface Question {
  readonly id: string
  readonly text: string
  readonly textFormat: TextFormat
  readonly isMultipleChoice: boolean
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

export function canWithdraw(poll: Poll): boolean {
  return poll.isVoted && poll.canRevote && !poll.isFinished
}
