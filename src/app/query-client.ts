import { focusManager, QueryClient } from '@tanstack/react-query'

/** How long a poll read counts as current: the portal's rate limit is per user. */
export const POLL_FRESH_MS = 30_000

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        // The SDK already retries expired tokens, rate limits, 5xx and network
        // errors; a second layer here would multiply requests against the
        // portal's rate limit.
        retry: false,
        // The read started before React rendered; a failure of it is shown
        // with a Retry button, not silently sent again when the screen mounts.
        retryOnMount: false,
        // Others vote while the app is open: a user coming back after half a
        // minute gets fresh numbers, read in the background. The app's own
        // calls answer with the new state and leave the poll fresh.
        staleTime: POLL_FRESH_MS,
        // Not during a change, whose answer a later read would overwrite; not
        // after a failed first read, which waits for Retry (a refetch would
        // close the error's details the user opened).
        refetchOnWindowFocus: (query) =>
          query.state.data !== undefined && queryClient.isMutating() === 0,
        refetchOnReconnect: false,
      },
      mutations: { retry: false },
    },
  })
  return queryClient
}

/**
 * TanStack Query notices only a tab becoming visible; in Bitrix24 the app's
 * frame also loses and regains focus while the chat around it stays visible.
 */
export function watchFrameFocus(): void {
  focusManager.setEventListener((setFocused) => {
    const onVisibility = () => {
      setFocused(document.visibilityState === 'visible')
    }
    const onFocus = () => {
      setFocused(true)
    }
    const onBlur = () => {
      setFocused(false)
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('focus', onFocus)
    window.addEventListener('blur', onBlur)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('focus', onFocus)
      window.removeEventListener('blur', onBlur)
    }
  })
}
