import type { ComponentType, ReactNode } from 'react'
import { loadOnce, useLoaded } from '@/lib/load-once'

/**
 * A component in a chunk of its own. Unlike `React.lazy`, one preloaded
 * (`preload`) renders at once, with no fallback shown first; one that is not
 * loaded yet shows its fallback until it is, and keeps it if the download
 * fails.
 */
export function lazyWithPreload<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
) {
  const component = loadOnce(() => load().then((module) => module.default))
  function Component({ fallback = null, ...props }: Props & { fallback?: ReactNode }) {
    const Loaded = useLoaded(component)
    return Loaded ? <Loaded {...(props as Props)} /> : fallback
  }
  return { preload: component.preload, Component }
}
