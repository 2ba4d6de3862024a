import { useId, useRef, type ReactNode } from 'react'
import type { Portal } from '../../../lib/portal'
import { useI18n } from '../../../i18n/i18n'
import { RestError } from '../../../lib/portal'
import { useWithdrawVote } from '../api/use-withdraw-vote'
import { RecallRefusedError } from '../api/vote-api'
import { WithdrawalFailedError } from '../api/withdraw-vote'
import { canWithdraw, myBallot, type Ballot, type Poll, type PollRef } from '../poll'

export function WithdrawVote({
  portal,
  pollRef,
  poll,
  onWithdrawn,
  besideButton,
}: {
  portal: Portal
  pollRef: PollRef
  poll: Poll
  /** Called with the ballot the user had, which an undo can cast again. */
  onWithdrawn: (previous: Ballot) => void
  /** Other actions on the user's vote, shown before the button. */
  besideButton?: ReactNode
}) {
  const { t } = useI18n()
  const withdraw = useWithdrawVote(portal, pollRef)
  // The pending state reaches the button a render later; a fast double click
  // must still send a single recall.
  const inFlight = useRef(false)
  const reasonId = useId()
  const allowed = canWithdraw(poll)
  const reason = poll.isFinished
    ? t('withdrawPollFinished')
    : poll.canRevote
      ? undefined
      : t('withdrawNotAllowed')

  const withdrawalErrorText = (error: Error) => {
    if (!(error instanceof WithdrawalFailedError)) return t('withdrawUnconfirmed')
    if (error.poll.isFinished) return t('withdrawPollClosed')
    return error.cause instanceof RecallRefusedError
      ? t('withdrawRefused')
      : t('withdrawFailed')
  }

  const handleClick = () => {
    if (!allowed || inFlight.current) return
    inFlight.current = true
    performance.mark('withdraw:click')
    const previous = myBallot(poll)
    withdraw.mutate(undefined, {
      onSuccess: () => {
        onWithdrawn(previous)
      },
      onSettled: () => {
        inFlight.current = false
      },
    })
  }

  return (
    <div className="actions">
      <div className="button-row">
        {besideButton}
        <button
          type="button"
          className="button"
          aria-disabled={!allowed || withdraw.isPending}
          aria-busy={withdraw.isPending}
          aria-describedby={reason ? reasonId : undefined}
          onClick={handleClick}
        >
          {withdraw.isPending && <span className="spinner" aria-hidden="true" />}
          {t('withdrawVote')}
        </button>
      </div>
      {reason && (
        <p id={reasonId} className="hint">
          {reason}
        </p>
      )}
      {withdraw.isError && (
        <p role="alert" className="inline-error">
          {withdrawalErrorText(withdraw.error)}
          {withdraw.error.cause instanceof RestError && (
            <> {t('errorCode', { code: withdraw.error.cause.code })}</>
          )}
        </p>
      )}
    </div>
  )
}
