import type { KeyboardEvent, ReactNode, Ref } from 'react'
import { usePollBusy } from '../api/poll-change'

/**
 * A button that acts on the user's vote (change, withdraw, undo). It stays
 * in place when the action is not allowed, or while any change to the poll is
 * on its way, and then does nothing; its own change shows as a spinner.
 * It follows whether a change is on its way itself, so a change setting out
 * re-renders the button, not the poll around it.
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
  /** This button's change is on its way. */
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
