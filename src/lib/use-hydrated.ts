import { useSyncExternalStore } from 'react'

// Stryker disable next-line ArrowFunction: React takes a subscription that hands back no unsubscribe for one with nothing to unsubscribe
const nothingToWatch = () => () => undefined

/**
 * `false` in the server's markup and during hydration, `true` from then on
 * (and from the start where React renders without the server's markup).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  )
}
