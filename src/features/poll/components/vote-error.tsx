import { ErrorDetails } from '../../../components/error-details'
import { useI18n } from '../../../i18n/i18n'
import { failureKind } from '../../../lib/failure-kind'
import { ChangeFailedError, ChangeUnconfirmedError } from '../api/poll-change'
import { isInactivePollError, isRefusal } from '../api/refusals'

/**
 * Why a vote did not go through, in the user's words, judged from the fresh
 * read that followed it. A poll out of reach says nothing here: the screen
 * gives way to it.
 */
export default function VoteError({
  error,
  restoring = false,
  isChange = false,
}: {
  error: Error
  /** The vote was an undo: say that the old vote could not be restored. */
  restoring?: boolean
  /** The vote replaced an earlier one. */
  isChange?: boolean
}) {
  const { t } = useI18n()
  // The code helps only where the words cannot say what went wrong.
  const [message, withDetails] = ((): [string | undefined, boolean] => {
    if (error instanceof ChangeUnconfirmedError) return [t('voteUnconfirmed'), false]
    if (!(error instanceof ChangeFailedError)) return [undefined, false]
    if (error.poll.isFinished) {
      return [t(restoring ? 'undoPollFinished' : 'votePollFinished'), false]
    }
    if (
      isInactivePollError(error.cause) &&
      !(error.poll.canVote || error.poll.canRevote)
    ) {
      return [t(restoring ? 'undoPollClosed' : 'votePollClosed'), false]
    }
    if (isChange && !error.poll.isVoted) return [t('voteChangeLostPrevious'), false]
    if (isRefusal(error.cause)) {
      return [t(restoring ? 'undoNotAllowed' : 'voteRefused'), false]
    }
    if (failureKind(error.cause) === 'connection') {
      return [t(restoring ? 'undoFailed' : 'voteFailed'), true]
    }
    return [t(restoring ? 'undoFailedServer' : 'voteFailedServer'), true]
  })()
  if (!message) return null
  return (
    <div role="alert" className="inline-error">
      <p>{message}</p>
      {withDetails && error instanceof ChangeFailedError && (
        <ErrorDetails error={error.cause} />
      )}
    </div>
  )
}
