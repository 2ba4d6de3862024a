import { useSyncExternalStore } from 'react'

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
