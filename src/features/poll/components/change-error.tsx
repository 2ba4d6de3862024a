import { ErrorDetails } from '@/components/error-details'
import { useI18n, type TextKey } from '@/i18n/i18n'
import { failureKind } from '@/lib/failure-kind'
import {
  ChangeFailedError,
  ChangeUnconfirmedError,
  isInactivePollError,
  isRefusal,
} from '../api/change-errors'

/** What the user tried: a first vote, a change of vote, an undo of a withdrawal, a withdrawal. */
export type ChangeAction = 'vote' | 'change' | 'restore' | 'withdraw'

/** The words for each way a change can fail; a missing one does not apply to the action. */
interface Words {
  readonly unconfirmed: TextKey
  readonly finished: TextKey
  /** The author deactivated the poll: only a vote can tell it from a refusal. */
  readonly closed?: TextKey
  /** A refused change of vote that removed the earlier vote all the same. */
  readonly lostPrevious?: TextKey
  readonly refused: TextKey
  readonly connection: TextKey
  readonly server: TextKey
}

const VOTE: Words = {
  unconfirmed: 'voteUnconfirmed',
  finished: 'votePollFinished',
  closed: 'votePollClosed',
  refused: 'voteRefused',
  connection: 'voteFailed',
  server: 'voteFailedServer',
}

const WORDS: Readonly<Record<ChangeAction, Words>> = {
  vote: VOTE,
  change: { ...VOTE, lostPrevious: 'voteChangeLostPrevious' },
  restore: {
    unconfirmed: 'voteUnconfirmed',
    finished: 'undoPollFinished',
    closed: 'undoPollClosed',
    refused: 'undoNotAllowed',
    connection: 'undoFailed',
    server: 'undoFailedServer',
  },
  withdraw: {
    unconfirmed: 'withdrawUnconfirmed',
    finished: 'withdrawPollClosed',
    refused: 'withdrawRefused',
    connection: 'withdrawFailed',
    server: 'withdrawFailedServer',
  },
}

/** What the user is told, and the error whose code goes under Details, if any. */
interface Explanation {
  readonly message: TextKey
  readonly details?: unknown
}

/**
 * Why a change did not go through, judged from the fresh read that followed
 * it. A poll out of reach explains nothing here: the screen shows that
 * instead. A vote's code helps only where the words cannot say what went
 * wrong; a withdrawal's goes with every explanation.
 */
export function explainChangeError(
  action: ChangeAction,
  error: Error,
): Explanation | undefined {
  const words = WORDS[action]
  const always = action === 'withdraw' ? error.cause : undefined
  if (error instanceof ChangeUnconfirmedError) {
    return { message: words.unconfirmed, details: always }
  }
  if (!(error instanceof ChangeFailedError)) return undefined
  const { poll, cause } = error
  if (poll.isFinished) return { message: words.finished, details: always }
  if (words.closed && isInactivePollError(cause) && !(poll.canVote || poll.canRevote)) {
    return { message: words.closed }
  }
  if (words.lostPrevious && !poll.isVoted) return { message: words.lostPrevious }
  if (isRefusal(cause)) return { message: words.refused, details: always }
  return {
    message: failureKind(cause) === 'connection' ? words.connection : words.server,
    details: cause,
  }
}

/** Why the last vote, change, undo or withdrawal did not go through, in the user's words. */
export default function ChangeError({
  action,
  error,
}: {
  action: ChangeAction
  error: Error
}) {
  const { t } = useI18n()
  const explanation = explainChangeError(action, error)
  if (!explanation) return null
  return (
    <div role="alert" className="inline-error change-error">
      <p>{t(explanation.message)}</p>
      <ErrorDetails error={explanation.details} />
    </div>
  )
}
