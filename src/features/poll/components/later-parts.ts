import { useEffect, useState, type ComponentType, type ReactNode } from 'react'

/**
 * Parts of the poll that a first look does not need, each in a chunk of its
 * own, so the first load stays within its budget (tools/size-budget.ts).
 * Unlike `React.lazy`, a part fetched ahead of time renders at once, with no
 * fallback shown first; one that is not fetched yet shows its fallback until
 * it is, and keeps it if the download fails.
 */
function laterPart<Props extends object>(
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

/** Who voted, on the rows of public polls whose results show. */
export const answerVoters = laterPart(() => import('./answer-voters'))

/** The donut of a question drawn as a circle: fetched with the poll that has one. */
export const pieChart = laterPart(() => import('./pie-chart'))

/** Undo after a withdrawal: fetched as the withdrawal starts, so it is there when it ends. */
export const undoWithdrawal = laterPart(() => import('./undo-withdrawal'))
