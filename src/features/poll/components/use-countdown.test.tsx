import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { useCountdown } from './use-countdown'

describe('a countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  function start(paused = false) {
    const onDone = vi.fn()
    const view = renderHook(
      ({ paused: isPaused }) => useCountdown(10_000, isPaused, onDone),
      { initialProps: { paused } },
    )
    // A step at a time: each tick renders before the next timer is set.
    const advance = (ms: number) => {
      for (let left = ms; left > 0; left -= 100) {
        act(() => {
          vi.advanceTimersByTime(Math.min(left, 100))
        })
      }
    }
    return { ...view, onDone, advance }
  }

  test('shows the seconds left and ends once, when none are left', () => {
    const { result, onDone, advance } = start()
    expect(result.current).toBe(10)
    advance(1_000)
    expect(result.current).toBe(9)
    advance(8_500)
    expect(result.current).toBe(1)
    expect(onDone).not.toHaveBeenCalled()
    advance(500)
    expect(result.current).toBe(0)
    advance(5_000)
    expect(onDone).toHaveBeenCalledTimes(1)
  })

  test('stands still while paused, keeping the part of a second that went by', () => {
    const { result, rerender, onDone, advance } = start()
    advance(2_400)
    expect(result.current).toBe(8)

    rerender({ paused: true })
    advance(60_000)
    expect(result.current).toBe(8)

    rerender({ paused: false })
    advance(7_599)
    expect(result.current).toBe(1)
    expect(onDone).not.toHaveBeenCalled()
    advance(1)
    expect(onDone).toHaveBeenCalledTimes(1)
  })

  test('never starts while paused from the beginning', () => {
    const { result, onDone, advance } = start(true)
    advance(60_000)
    expect(result.current).toBe(10)
    expect(onDone).not.toHaveBeenCalled()
  })
})
