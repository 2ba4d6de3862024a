import { useId, type ReactNode, type Ref } from 'react'
import { useI18n } from '@/i18n/i18n'
import { canWithdraw, type Poll } from '../poll'
import { VoteActionButton } from './vote-action-button'
import { WithdrawVote } from './withdraw-vote'

/**
 * What can be done about the user's vote, under the results: change or
 * withdraw it; after a withdrawal, vote again or undo. It only shows: the
 * poll's screen makes every change.
 */
export function ActionBar({
  poll,
  withdrawn,
  withdrawing,
  undo,
  openBallotButton,
  onOpenBallot,
  onWithdraw,
}: {
  poll: Poll
  /** The user withdrew their vote here, and has not voted since. */
  withdrawn: boolean
  /** The withdrawal is on its way. */
  withdrawing: boolean
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

  const opensBallot = canWithdraw(poll)
    ? t('changeVote')
    : withdrawn && poll.canVote
      ? t('voteAgain')
      : undefined

  return (
    <div className="actions">
      <div className="button-row">
        {opensBallot && (
          <VoteActionButton
            ref={openBallotButton}
            allowed
            pending={false}
            describedBy={undefined}
            onClick={onOpenBallot}
          >
            {opensBallot}
          </VoteActionButton>
        )}
        {poll.isVoted && (
          <WithdrawVote
            allowed={canWithdraw(poll)}
            pending={withdrawing}
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
    </div>
  )
}
