import { createContext, use, useMemo, type ReactNode } from 'react'
import type { Portal } from '@/lib/portal'
import type { PollRef } from './poll'

/** The poll on screen: the portal it lives in and how its calls address it. */
export interface PollContextValue {
  readonly portal: Portal
  readonly pollRef: PollRef
}

const PollContext = createContext<PollContextValue | undefined>(undefined)

export function PollProvider({
  portal,
  pollRef,
  children,
}: PollContextValue & { children: ReactNode }) {
  const value = useMemo(() => ({ portal, pollRef }), [portal, pollRef])
  return <PollContext value={value}>{children}</PollContext>
}

export function usePollContext(): PollContextValue {
  const value = use(PollContext)
  if (!value) {
    throw new Error(
      'usePollContext: render poll components and hooks inside a PollProvider',
    )
  }
  return value
}
