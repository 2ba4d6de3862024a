/**
 * The moments `npm run bench` measures (bench/README.md), marked on the
 * page's performance timeline. The app, the benchmark's baseline page and the
 * benchmark itself take the names from here, so they cannot drift apart.
 */
export const BENCH_MARKS = {
  /** A poll, or a new state of it, is on screen. */
  pollRendered: 'poll:rendered',
  /** The user clicked Withdraw my vote. */
  withdrawClicked: 'withdraw:click',
} as const

export function markForBench(moment: keyof typeof BENCH_MARKS): void {
  performance.mark(BENCH_MARKS[moment])
}

/**
 * Marks `moment` once what was just committed is painted: the next frame's
 * callbacks run before its style, layout and paint, and a task queued from
 * them runs after. Work that still follows the commit in the same task (a
 * second render, a layout forced by moving focus) is counted too.
 */
export function markForBenchOnScreen(moment: keyof typeof BENCH_MARKS): void {
  requestAnimationFrame(() => {
    setTimeout(() => {
      markForBench(moment)
    }, 0)
  })
}
