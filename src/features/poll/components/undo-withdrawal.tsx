import { useEffect, useEffectEvent, useId, useRef } from 'react'
import { useI18n } from '../../../i18n/i18n'
import type { Portal } from '../../../lib/portal'
import { useCastVote } from '../api/use-cast-vote'
import { usePollBusy } from '../api/use-poll-changes'
import type { Ballot, Poll, PollRef } from '../poll'
import { VoteError } from './vote-error'

/** How long a withdrawal can be undone. */
export const UNDO_WINDOW_MS = 10_000

/**
 * Offered right after a withdrawal: casts the ballot the user had again. Takes
 * keyboard focus when it appears, and gives it back (through `onExpired`) when
 * its time is up.
 */
export function UndoWithdrawal({
  portal,
  pollRef,
  poll,
  ballot,
  onRestored,
  onExpired,
}: {
  portal: Portal
  pollRef: PollRef
  poll: Poll
  ballot: Ballot
  onRestored: () => void
  /** `hadFocus`: keyboard focus was on the undo when it went away. */
  onExpired: (hadFocus: boolean) => void
}) {
  const { t } = useI18n()
  const vote = useCastVote(portal, pollRef)
  const changes = usePollBusy(portal, pollRef)
  const container = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const reasonId = useId()
  const reason = poll.isFinished ? t('undoPollFinished') : undefined

  const expire = useEffectEvent(() => {
    if (!changes.isFree()) return
    onExpired(container.current?.contains(document.activeElement) ?? false)
  })
  useEffect(() => {
    button.current?.focus()
    const timer = setTimeout(expire, UNDO_WINDOW_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [])

  const handleClick = () => {
    if (reason || !changes.isFree()) return
    vote.mutate(ballot, { onSuccess: onRestored })
  }

  return (
    <div ref={container} className="undo">
      <button
        ref={button}
        type="button"
        className="button"
        aria-disabled={Boolean(reason) || changes.busy}
        aria-busy={vote.isPending}
        aria-describedby={reason ? reasonId : undefined}
        onClick={handleClick}
      >
        {vote.isPending && <span className="spinner" aria-hidden="true" />}
        {t('undo')}
      </button>
      {reason && (
        <p id={reasonId} className="hint">
          {reason}
        </p>
      )}
      {vote.isError && <VoteError error={vote.error} restoring />}
      <span className="undo-timer" aria-hidden="true" />
    </div>
  )
}
