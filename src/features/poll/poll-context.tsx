import { useIsMutating, useQueryClient } from '@tanstack/react-query'
import { createContext, use, useMemo, type ReactNode } from 'react'
import { useHydrated } from '@/lib/use-hydrated'
import type { Portal } from '@/lib/portal'
import type { PollRef } from './poll'
import { pollKey } from './api/poll-address'

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

/**
 * One change to the poll at a time: Bitrix24 locks a user's ballot while it
 * writes it (bitrix/modules/vote/lib/user.php). `busy` while a change is
 * pending or before hydration; `isFree()` for a click made before `busy`
 * has rendered (docs/poll-changes.md).
 */
export function usePollBusy() {
  const queryClient = useQueryClient()
  const mutationKey = pollKey(usePollContext().pollRef)
  const hydrated = useHydrated()
  const changing = useIsMutating({ mutationKey }) > 0
  return {
    busy: !hydrated || changing,
    isFree: () => queryClient.isMutating({ mutationKey }) === 0,
  }
}
