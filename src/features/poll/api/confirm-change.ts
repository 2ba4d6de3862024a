import type { Poll } from '../poll'
import { outOfReach } from './poll-out-of-reach'

/** How long the user waits for an answer before hearing that it is unconfirmed. */
export const ANSWER_DEADLINE_MS = 15_000

/**
 * The change failed and a fresh read shows it did not happen. `poll` is that
 * fresh state; `cause` is why the change failed.
 */
export class ChangeFailedError extends Error {
  readonly poll: Poll

  constructor(poll: Poll, cause: unknown) {
    super('The change did not happen', { cause })
    this.name = 'ChangeFailedError'
    this.poll = poll
  }
}

/** The change failed or took too long, and the poll could not be read to learn what happened. */
export class ChangeUnconfirmedError extends Error {
  constructor(cause: unknown) {
    super('Unknown whether the change happened', { cause })
    this.name = 'ChangeUnconfirmedError'
  }
}

/** No answer within the deadline: the portal may still carry the change out. */
export class NoAnswerError extends Error {
  constructor() {
    super(`No answer within ${String(ANSWER_DEADLINE_MS / 1000)} s`)
    this.name = 'NoAnswerError'
  }
}

/**
 * Makes a change to the poll (a vote, a withdrawal) and resolves with the
 * poll as it is afterwards.
 *
 * A failure rarely says whether the change happened: a timeout or a cut
 * connection may hide a call the portal carried out, the SDK may have resent
 * it, and a resent vote is refused although the first one counted. So the
 * poll is read again and `happened` judges, and the user is never told a
 * change failed when it went through, or the other way round. Only a poll
 * out of reach (deleted, or no longer readable) ends it at once.
 *
 * The user hears something within `ANSWER_DEADLINE_MS` even from a portal
 * that does not answer: then the outcome is unconfirmed, and `onLateAnswer`
 * runs once the change finally settles, so the screen can catch up.
 */
export async function confirmChange({
  change,
  reread,
  happened,
  onLateAnswer,
}: {
  change: () => Promise<Poll>
  reread: () => Promise<Poll>
  happened: (poll: Poll) => boolean
  onLateAnswer: () => void
}): Promise<Poll> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new NoAnswerError())
    }, ANSWER_DEADLINE_MS)
  })
  try {
    const attempt = change()
    let changeError: unknown
    try {
      return await Promise.race([attempt, deadline])
    } catch (error) {
      if (outOfReach(error)) throw error
      if (error instanceof NoAnswerError) {
        attempt.then(onLateAnswer, onLateAnswer)
        throw new ChangeUnconfirmedError(error)
      }
      changeError = error
    }
    let poll: Poll
    try {
      poll = await Promise.race([reread(), deadline])
    } catch (readError) {
      if (outOfReach(readError)) throw readError
      throw new ChangeUnconfirmedError(changeError)
    }
    if (happened(poll)) return poll
    throw new ChangeFailedError(poll, changeError)
  } finally {
    clearTimeout(timer)
  }
}
