import { useEffect, useId, type ReactNode } from 'react'
import { ErrorDetails } from '../../../components/error-details'
import { useI18n } from '../../../i18n/i18n'
import { failureKind } from '../../../lib/failure-kind'
import { markForBench } from '../../../lib/bench-marks'
import { ChangeFailedError, ChangeUnconfirmedError } from '../api/confirm-change'
import { useWithdrawVote } from '../api/recall-vote'
import { isRefusal } from '../api/refusals'
import { canWithdraw, myBallot, type Ballot, type Poll } from '../poll'
import { ChangeButton } from './change-button'
import { undoWithdrawal } from './later-parts'

/** The actions on a vote the user cast: whatever `besideButton` holds, and withdrawing it. */
export function WithdrawVote({
  poll,
  onStart,
  onWithdrawn,
  besideButton,
}: {
  poll: Poll
  /** The withdrawal is on its way: whatever was said about the last action is stale. */
  onStart: () => void
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
    if (isRefusal(error.cause)) return t('withdrawRefused')
    return failureKind(error.cause) === 'connection'
      ? t('withdrawFailed')
      : t('withdrawFailedServer')
  }
  const errorText = withdraw.error && withdrawalErrorText(withdraw.error)

  // Undo is fetched while Withdraw my vote is on screen, not on its click, so
  // the click sends the recall without first setting up a download.
  useEffect(() => {
    undoWithdrawal.fetch().catch(() => undefined)
  }, [])

  const handleClick = () => {
    markForBench('withdrawClicked')
    // Where the early fetch failed, one more try: the recall takes longer.
    undoWithdrawal.fetch().catch(() => undefined)
    onStart()
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
        <div role="alert" className="inline-error">
          <p>{errorText}</p>
          <ErrorDetails error={withdraw.error.cause} />
        </div>
      )}
    </div>
  )
}
