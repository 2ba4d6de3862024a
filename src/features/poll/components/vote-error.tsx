import { useI18n } from '../../../i18n/i18n'
import { RestError } from '../../../lib/portal'
import { POLL_INACTIVE, VoteRefusedError } from '../api/cast-vote-api'

/** Why a vote did not go through, in the user's words. */
export function VoteError({
  error,
  restoring = false,
}: {
  error: Error
  /** The vote was an undo: say that the old vote could not be restored. */
  restoring?: boolean
}) {
  const { t } = useI18n()
  const inactive = error instanceof RestError && error.code === POLL_INACTIVE
  const message = inactive
    ? t(restoring ? 'undoPollFinished' : 'votePollFinished')
    : error instanceof VoteRefusedError
      ? t(restoring ? 'undoNotAllowed' : 'voteRefused')
      : t(restoring ? 'undoFailed' : 'voteFailed')
  return (
    <p role="alert" className="inline-error">
      {message}
      {error instanceof RestError && !inactive && (
        <> {t('errorCode', { code: error.code })}</>
      )}
    </p>
  )
}
