import { useEffect, useEffectEvent, useId, useRef } from 'react'
import { useI18n } from '../../../i18n/i18n'
import { useCastVote } from '../api/cast-vote'
import { usePollBusy } from '../api/poll-changes'
import type { Ballot, Poll } from '../poll'
import { ChangeButton } from './change-button'
import { VoteError } from './vote-error'

/** How long a withdrawal can be undone. */
export const UNDO_WINDOW_MS = 10_000

/**
 * Offered right after a withdrawal: casts the ballot the user had again. Takes
 * keyboard focus when it appears, and gives it back (through `onExpired`) when
 * its time is up.
 */
export function UndoWithdrawal({
  poll,
  ballot,
  onRestored,
  onExpired,
}: {
  poll: Poll
  ballot: Ballot
  onRestored: () => void
  /** `hadFocus`: keyboard focus was on the undo when it went away. */
  onExpired: (hadFocus: boolean) => void
}) {
  const { t } = useI18n()
  const vote = useCastVote()
  const changes = usePollBusy()
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

  return (
    <div ref={container} className="undo">
      <ChangeButton
        ref={button}
        allowed={!reason}
        pending={vote.isPending}
        describedBy={reason ? reasonId : undefined}
        onClick={() => {
          vote.mutate(ballot, { onSuccess: onRestored })
        }}
      >
        {t('undo')}
      </ChangeButton>
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
