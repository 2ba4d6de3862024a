/**
 * Runs `callback` once what was just committed is painted: the next frame's
 * callbacks run before its style, layout and paint, and a task queued from
 * them runs after. Callbacks queued in one frame run in the order they came.
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => {
    setTimeout(callback, 0)
  })
}
