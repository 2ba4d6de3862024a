import { useId, type ReactNode } from 'react'
import { useI18n } from '../../../i18n/i18n'
import { markForBench } from '../../../lib/bench-marks'
import { RestError } from '../../../lib/portal'
import { ChangeFailedError, ChangeUnconfirmedError } from '../api/confirm-change'
import { useWithdrawVote } from '../api/recall-vote'
import { isRefusal } from '../api/refusals'
import { canWithdraw, myBallot, type Ballot, type Poll } from '../poll'
import { ChangeButton } from './change-button'

export function WithdrawVote({
  poll,
  onWithdrawn,
  besideButton,
}: {
  poll: Poll
  /** Called with the ballot the user had, which an undo can cast again. */
  onWithdrawn: (previous: Ballot) => void
  /** Other actions on the user's vote, shown before the button. */
  besideButton?: ReactNode
}) {
  const { t } = useI18n()
  const withdraw = useWithdrawVote()
  const reasonId = useId()
  const allowed = canWithdraw(poll)
  const reason = poll.isFinished
    ? t('withdrawPollFinished')
    : poll.canRevote
      ? undefined
      : t('withdrawNotAllowed')

  // A poll out of reach says nothing here: the screen gives way to it.
  const withdrawalErrorText = (error: Error) => {
    if (error instanceof ChangeUnconfirmedError) return t('withdrawUnconfirmed')
    if (!(error instanceof ChangeFailedError)) return undefined
    if (error.poll.isFinished) return t('withdrawPollClosed')
    return isRefusal(error.cause) ? t('withdrawRefused') : t('withdrawFailed')
  }
  const errorText = withdraw.error && withdrawalErrorText(withdraw.error)
  const errorCode =
    withdraw.error?.cause instanceof RestError ? withdraw.error.cause.code : ''

  const handleClick = () => {
    markForBench('withdrawClicked')
    const previous = myBallot(poll)
    withdraw.mutate(undefined, {
      onSuccess: () => {
        onWithdrawn(previous)
      },
    })
  }

  return (
    <div className="actions">
      <div className="button-row">
        {besideButton}
        <ChangeButton
          allowed={allowed}
          pending={withdraw.isPending}
          describedBy={reason ? reasonId : undefined}
          onClick={handleClick}
        >
          {t('withdrawVote')}
        </ChangeButton>
      </div>
      {reason && (
        <p id={reasonId} className="hint">
          {reason}
        </p>
      )}
      {errorText && (
        <p role="alert" className="inline-error">
          {errorText}
          {errorCode && <> {t('errorCode', { code: errorCode })}</>}
        </p>
      )}
    </div>
  )
}
