import { useEffect, useEffectEvent, useRef, useState } from 'react'

/**
 * Whole seconds left of `durationMs`, counted only while not `paused`.
 * `onDone` runs once none are left. The time is read from the clock at every
 * tick and pause, so a slow or throttled frame never stretches it.
 */
export function useCountdown(
  durationMs: number,
  paused: boolean,
  onDone: () => void,
): number {
  // What is left when the countdown last stopped; the clock says the rest.
  const leftWhenStopped = useRef(durationMs)
  const [seconds, setSeconds] = useState(Math.ceil(durationMs / 1000))
  const done = useEffectEvent(onDone)
  useEffect(() => {
    if (paused) return
    const startedAt = Date.now()
    const leftAtStart = leftWhenStopped.current
    const leftNow = () => leftAtStart - (Date.now() - startedAt)
    let timer: ReturnType<typeof setTimeout>
    const tick = () => {
      const left = leftNow()
      setSeconds(Math.max(Math.ceil(left / 1000), 0))
      if (left <= 0) {
        done()
        return
      }
      timer = setTimeout(tick, untilNextSecond(left))
    }
    timer = setTimeout(tick, untilNextSecond(leftAtStart))
    return () => {
      clearTimeout(timer)
      leftWhenStopped.current = Math.max(leftNow(), 0)
    }
  }, [paused])
  return seconds
}

/** When the shown second changes, or the time runs out. */
function untilNextSecond(leftMs: number): number {
  return leftMs % 1000 || Math.min(leftMs, 1000)
}
