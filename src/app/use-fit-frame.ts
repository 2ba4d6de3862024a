import { useEffect, type RefObject } from 'react'
import type { Portal } from '@/lib/portal'

/** Keeps the portal's frame as tall as the app's content, whenever it changes. */
export function useFitFrame(
  portal: Portal | undefined,
  content: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    const node = content.current
    if (!portal || !node) return
    let frame = 0
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      // One resize message per frame, however many size changes it had.
      frame = requestAnimationFrame(() => void portal.fitFrame(node))
    })
    observer.observe(node)
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
    }
  }, [portal, content])
}
