import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { afterNextPaint } from './after-paint'
import { BENCH_MARKS, markForBenchOnScreen } from './bench-marks'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  performance.clearMarks()
})

describe('work held until the next paint', () => {
  test('runs after the next frame, not in it, and in the order it was queued', () => {
    const ran: string[] = []
    afterNextPaint(() => ran.push('first'))
    afterNextPaint(() => ran.push('second'))
    // The frame's own callback, queued after ours: it still runs before them.
    requestAnimationFrame(() => ran.push('frame'))

    vi.advanceTimersToNextFrame()
    expect(ran).toEqual(['frame'])

    vi.runOnlyPendingTimers()
    expect(ran).toEqual(['frame', 'first', 'second'])
  })

  test('a benchmark moment is marked once the frame after it is painted', () => {
    markForBenchOnScreen('pollRendered')
    vi.advanceTimersToNextFrame()
    expect(performance.getEntriesByName(BENCH_MARKS.pollRendered)).toHaveLength(0)

    vi.runOnlyPendingTimers()
    expect(performance.getEntriesByName(BENCH_MARKS.pollRendered)).toHaveLength(1)
  })
})
