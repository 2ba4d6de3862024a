import type { ReactNode, Ref } from 'react'
import { usePollBusy } from '../api/poll-changes'

/**
 * A button that changes the user's vote at once (withdraw, undo). It stays
 * in place when the change is not allowed, or while any change to the poll is
 * on its way, and then does nothing; its own change shows as a spinner.
 */
export function ChangeButton({
  ref,
  allowed,
  pending,
  describedBy,
  onClick,
  children,
}: {
  ref?: Ref<HTMLButtonElement>
  allowed: boolean
  /** This button's change is on its way. */
  pending: boolean
  /** The id of the text saying why the change is not allowed. */
  describedBy: string | undefined
  onClick: () => void
  children: ReactNode
}) {
  const changes = usePollBusy()
  return (
    <button
      ref={ref}
      type="button"
      className="button"
      aria-disabled={!allowed || changes.busy}
      aria-busy={pending}
      aria-describedby={describedBy}
      onClick={() => {
        if (allowed && changes.isFree()) onClick()
      }}
    >
      {pending && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  )
}
