import { useId, type KeyboardEvent, type ReactNode, type Ref } from 'react'
import { useI18n } from '@/i18n/i18n'
import { canWithdraw, type Poll } from '../poll'
import { usePollBusy } from '../poll-context'

/**
 * Under the results: Change vote and Withdraw my vote; after a withdrawal,
 * Vote again and Undo. It only displays: `PollView` makes every change.
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
  /** The withdrawal is pending. */
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
          <VoteActionButton
            allowed={canWithdraw(poll)}
            pending={withdrawing}
            describedBy={reason ? reasonId : undefined}
            onClick={onWithdraw}
          >
            {t('withdrawVote')}
          </VoteActionButton>
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

/**
 * A button that acts on the user's vote (change, withdraw, undo). While the
 * action is not allowed, or any change to the poll is pending, it stays in
 * place and does nothing; its own pending change shows as a spinner.
 */
export function VoteActionButton({
  ref,
  allowed,
  pending,
  describedBy,
  variant = 'button',
  onClick,
  onKeyDown,
  children,
}: {
  ref?: Ref<HTMLButtonElement>
  allowed: boolean
  /** This button's change is pending. */
  pending: boolean
  /** The id of what describes the button: why the change is not allowed, or the time left. */
  describedBy: string | undefined
  /** A pill button, or the action of a snackbar. */
  variant?: 'button' | 'snackbar'
  onClick: () => void
  onKeyDown?: (event: KeyboardEvent) => void
  children: ReactNode
}) {
  const changes = usePollBusy()
  return (
    <button
      ref={ref}
      type="button"
      className={variant === 'snackbar' ? 'undo-withdrawal-action' : 'button'}
      aria-disabled={!allowed || changes.busy}
      aria-busy={pending}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onClick={() => {
        if (allowed && changes.isFree()) onClick()
      }}
    >
      {pending && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  )
}
