import { renderHook } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { usePollContext } from './poll-context'

test('a poll component used outside a PollProvider says what is missing', () => {
  // React reports the error thrown while rendering on the console as well.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)

  expect(() => renderHook(() => usePollContext())).toThrow(/inside a PollProvider/)
})
