import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '@/i18n/i18n'
import { usePollBusy } from '../poll-context'
import { VoteActionButton } from './action-bar'
import { useCountdown } from './use-countdown'

/** How long a withdrawal can be undone, not counting while the user attends to it. */
export const UNDO_WINDOW_MS = 10_000

/**
 * "Vote withdrawn · Undo (8)", in the action bar right after a withdrawal;
 * `PollView` casts the earlier ballot again when it is pressed. Screen
 * readers hear the withdrawal from the poll's status line, and the seconds
 * left as Undo's description. Undo takes focus when it appears; the countdown
 * pauses while the pointer or the keyboard is on it; Escape dismisses it.
 */
export default function UndoWithdrawal({
  pending,
  onUndo,
  onDismissed,
}: {
  /** The undo's vote is pending. */
  pending: boolean
  onUndo: () => void
  /** Its time ran out, or the user dismissed it. */
  onDismissed: () => void
}) {
  const { t, plural, count } = useI18n()
  const changes = usePollBusy()
  const container = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const secondsId = useId()
  const [hovered, setHovered] = useState(false)
  // Undo has focus after any click on Withdraw: only keyboard focus pauses
  // the countdown, or it would never run out for a mouse user.
  const [keyboardFocus, setKeyboardFocus] = useState(false)
  const seconds = useCountdown(
    UNDO_WINDOW_MS,
    hovered || keyboardFocus || changes.busy,
    onDismissed,
  )

  useEffect(() => {
    const element = container.current
    const listeners = {
      mouseenter: () => {
        setHovered(true)
      },
      mouseleave: () => {
        setHovered(false)
      },
      focusin: (event: Event) => {
        setKeyboardFocus(
          event.target instanceof Element && event.target.matches(':focus-visible'),
        )
      },
      focusout: () => {
        setKeyboardFocus(false)
      },
    }
    for (const [type, listener] of Object.entries(listeners)) {
      element?.addEventListener(type, listener)
    }
    button.current?.focus()
    return () => {
      for (const [type, listener] of Object.entries(listeners)) {
        element?.removeEventListener(type, listener)
      }
    }
  }, [])

  return (
    <div ref={container} className="undo-withdrawal">
      <span className="undo-withdrawal-text">{t('voteWithdrawnShort')}</span>
      <span className="undo-withdrawal-separator" aria-hidden="true">
        ·
      </span>
      <VoteActionButton
        ref={button}
        variant="snackbar"
        allowed
        pending={pending}
        describedBy={secondsId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDismissed()
        }}
        onClick={onUndo}
      >
        {t('undo')}{' '}
        <span className="undo-withdrawal-seconds" aria-hidden="true">
          ({count(seconds)})
        </span>
      </VoteActionButton>
      <span id={secondsId} className="visually-hidden">
        {plural('undoSecondsLeft', seconds)}
      </span>
    </div>
  )
}
