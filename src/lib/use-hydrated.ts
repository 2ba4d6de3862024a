import { useSyncExternalStore } from 'react'

const nothingToWatch = () => () => undefined

/**
 * `false` in the markup the server painted and while React takes it over,
 * `true` from then on (and from the start where React renders on its own).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  )
}
