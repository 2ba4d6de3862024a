import { useId, useRef, useState } from 'react'
import type { Portal } from '../../../lib/portal'
import { useI18n } from '../../../i18n/i18n'
import { RestError } from '../../../lib/portal'
import { useWithdrawVote } from '../api/use-withdraw-vote'
import { RecallRefusedError } from '../api/vote-api'
import { WithdrawalFailedError } from '../api/withdraw-vote'
import { canWithdraw, type Poll, type PollRef } from '../poll'

export function WithdrawVote({
  portal,
  pollRef,
  poll,
  onWithdrawn,
}: {
  portal: Portal
  pollRef: PollRef
  poll: Poll
  onWithdrawn: () => void
}) {
  const { t } = useI18n()
  const withdraw = useWithdrawVote(portal, pollRef)
  const [announcement, setAnnouncement] = useState('')
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
    setAnnouncement('')
    withdraw.mutate(undefined, {
      onSuccess: () => {
        setAnnouncement(t('voteWithdrawn'))
        onWithdrawn()
      },
      onSettled: () => {
        inFlight.current = false
      },
    })
  }

  return (
    <div className="withdraw">
      {poll.isVoted ? (
        <>
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
          {reason && (
            <p id={reasonId} className="withdraw-reason">
              {reason}
            </p>
          )}
        </>
      ) : (
        <p className="withdraw-reason">{t('notVoted')}</p>
      )}
      {withdraw.isError && (
        <p role="alert" className="inline-error">
          {withdrawalErrorText(withdraw.error)}
          {withdraw.error.cause instanceof RestError && (
            <> {t('errorCode', { code: withdraw.error.cause.code })}</>
          )}
        </p>
      )}
      <p role="status" className="announcement">
        {announcement}
      </p>
    </div>
  )
}
