import { afterNextPaint } from './after-paint'

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
  /** The SDK is connected to Bitrix24: from now on a click's request leaves at once. */
  connected: 'bitrix24:connected',
} as const

export function markForBench(moment: keyof typeof BENCH_MARKS): void {
  performance.mark(BENCH_MARKS[moment])
}

/**
 * Marks `moment` once what was just committed is painted. Work that still
 * follows the commit in the same task (a second render, a layout forced by
 * moving focus) is counted too.
 */
export function markForBenchOnScreen(moment: keyof typeof BENCH_MARKS): void {
  afterNextPaint(() => {
    markForBench(moment)
  })
}
