import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { expect, test, vi } from 'vitest'
import { fakePortal } from '@/testing/fake-portal'
import type { PollRef } from './poll'
import { PollProvider, usePollContext } from './poll-context'

test('a poll component used outside a PollProvider says what is missing', () => {
  // React reports the error thrown while rendering on the console as well.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)

  expect(() => renderHook(() => usePollContext())).toThrow(/inside a PollProvider/)
})

test('poll components follow their provider to another poll', () => {
  const portal = fakePortal({})
  let pollRef: PollRef = { messageId: 13 }
  const { result, rerender } = renderHook(() => usePollContext(), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <PollProvider portal={portal} pollRef={pollRef}>
        {children}
      </PollProvider>
    ),
  })
  expect(result.current.pollRef).toEqual({ messageId: 13 })

  pollRef = { attachId: 7 }
  rerender()

  expect(result.current.pollRef).toEqual({ attachId: 7 })
  expect(result.current.portal).toBe(portal)
})
