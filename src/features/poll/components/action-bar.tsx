import { useId, type ReactNode, type Ref } from 'react'
import { ErrorDetails } from '../../../components/error-details'
import { useI18n } from '../../../i18n/i18n'
import { failureKind } from '../../../lib/failure-kind'
import { ChangeFailedError, ChangeUnconfirmedError } from '../api/confirm-change'
import { isRefusal } from '../api/refusals'
import { canWithdraw, type Poll } from '../poll'
import { ChangeButton } from './change-button'
import { WithdrawVote } from './withdraw-vote'

/**
 * What can be done about the user's vote, under the results: change or
 * withdraw it; after a withdrawal, vote again or undo. It only shows: the
 * poll's screen makes every change.
 */
export function ActionBar({
  poll,
  withdrawn,
  withdrawal,
  undo,
  openBallotButton,
  onOpenBallot,
  onWithdraw,
}: {
  poll: Poll
  /** The user withdrew their vote here, and has not voted since. */
  withdrawn: boolean
  /** The withdrawal as it stands: on its way, or failed. */
  withdrawal: { readonly pending: boolean; readonly error: Error | null }
  /** Undo, while the withdrawal can still be undone. */
  undo: ReactNode
  /** Change vote or Vote again, which focus returns to after Cancel. */
  openBallotButton: Ref<HTMLButtonElement>
  onOpenBallot: () => void
  onWithdraw: () => void
}) {
  const { t } = useI18n()
  const reasonId = useId()
  const reason = !poll.isVoted
    ? undefined
    : poll.isFinished
      ? t('withdrawPollFinished')
      : poll.canRevote
        ? undefined
        : t('withdrawNotAllowed')

  // A poll out of reach says nothing here: the screen gives way to it.
  const withdrawalErrorText = (error: Error) => {
    if (error instanceof ChangeUnconfirmedError) return t('withdrawUnconfirmed')
    if (!(error instanceof ChangeFailedError)) return undefined
    if (error.poll.isFinished) return t('withdrawPollClosed')
    if (isRefusal(error.cause)) return t('withdrawRefused')
    return failureKind(error.cause) === 'connection'
      ? t('withdrawFailed')
      : t('withdrawFailedServer')
  }
  const { error } = withdrawal
  const errorText = error && withdrawalErrorText(error)
  const opensBallot = canWithdraw(poll)
    ? t('changeVote')
    : withdrawn && poll.canVote
      ? t('voteAgain')
      : undefined

  return (
    <div className="actions">
      <div className="button-row">
        {opensBallot && (
          <ChangeButton
            ref={openBallotButton}
            allowed
            pending={false}
            describedBy={undefined}
            onClick={onOpenBallot}
          >
            {opensBallot}
          </ChangeButton>
        )}
        {poll.isVoted && (
          <WithdrawVote
            allowed={canWithdraw(poll)}
            pending={withdrawal.pending}
            describedBy={reason ? reasonId : undefined}
            onWithdraw={onWithdraw}
          />
        )}
        {undo}
      </div>
      {reason && (
        <p id={reasonId} className="hint">
          {reason}
        </p>
      )}
      {!poll.isVoted && !withdrawn && <p className="hint">{t('notVoted')}</p>}
      {errorText && (
        <div role="alert" className="inline-error">
          <p>{errorText}</p>
          <ErrorDetails error={error.cause} />
        </div>
      )}
    </div>
  )
}
