import { useEffect, useState, type ComponentType, type ReactNode } from 'react'

/**
 * A component in a chunk of its own, loaded by `load`: `Part` renders it.
 * Unlike `React.lazy`, a part fetched ahead of time (`fetch`) renders at
 * once, with no fallback shown first; one that is not fetched yet shows its
 * fallback until it is, and keeps it if the download fails.
 */
export function laterPart<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
) {
  let loaded: ComponentType<Props> | undefined
  let loading: Promise<ComponentType<Props>> | undefined
  const fetch = () => {
    loading ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        // A failed download may work next time.
        loading = undefined
        throw error
      },
    )
    return loading
  }
  function Part({ fallback = null, ...props }: Props & { fallback?: ReactNode }) {
    const [Component, setComponent] = useState(() => loaded)
    useEffect(() => {
      if (Component) return
      let current = true
      fetch().then(
        (fetched) => {
          if (current) setComponent(() => fetched)
        },
        () => undefined,
      )
      return () => {
        current = false
      }
    }, [Component])
    return Component ? <Component {...(props as Props)} /> : fallback
  }
  return { fetch, Part }
}
