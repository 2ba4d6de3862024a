import { useEffect, useState } from 'react'

/** Something in a chunk of its own, downloaded at most once. */
export interface LoadOnce<T> {
  /** What was loaded; `undefined` until it is. */
  readonly current: () => T | undefined
  /** Starts the download, or joins the one in flight; a failed one is tried again next time. */
  readonly preload: () => Promise<T>
  /** Sets it without a download, as the server does with what it has at hand. */
  readonly provide: (value: T) => void
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loaded: T | undefined
  let loading: Promise<T> | undefined
  return {
    current: () => loaded,
    preload: () => {
      loading ??= load().then(
        (value) => (loaded = value),
        (error: unknown) => {
          // A failed download (offline, a release replaced the file) may work next time.
          loading = undefined
          throw error
        },
      )
      return loading
    },
    provide: (value) => {
      loaded = value
      loading = Promise.resolve(value)
    },
  }
}

/**
 * What `loader` holds, for a component: at once where it is loaded already,
 * after a render more once it has downloaded, and `undefined` while it is
 * not needed, in flight, or failed to download.
 */
export function useLoaded<T>(loader: LoadOnce<T>, needed = true): T | undefined {
  const [value, setValue] = useState(loader.current)
  useEffect(() => {
    if (!needed || value !== undefined) return
    let current = true
    loader.preload().then(
      (loaded) => {
        if (current) setValue(() => loaded)
      },
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [loader, needed, value])
  return value
}
