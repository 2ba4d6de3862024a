import { useEffect, useState } from 'react'

/**
 * Code that only some screens need, in a chunk of its own, loaded the first
 * time a component needs it. Not `React.lazy`: React holds Suspense content
 * back for up to 300 ms after its fallback showed, which would delay it for
 * no reason. A chunk that fails to load is thrown during render, for the
 * error boundary to report.
 */
export function lazyModule<T>(load: () => Promise<T>) {
  let loaded: { module: T } | { error: unknown } | undefined
  let loading: Promise<void> | undefined
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = { module }
      },
      (error: unknown) => {
        loaded = { error }
      },
    ))

  /** The module once `needed` and loaded; `undefined` meanwhile. */
  function useModule(needed: boolean): T | undefined {
    const [, setReady] = useState(false)
    useEffect(() => {
      if (!needed || loaded) return
      let current = true
      void preload().then(() => {
        if (current) setReady(true)
      })
      return () => {
        current = false
      }
    }, [needed])
    if (!needed || !loaded) return undefined
    if ('error' in loaded) throw loaded.error
    return loaded.module
  }

  return { preload, useModule }
}
