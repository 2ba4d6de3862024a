import { QueryClient } from '@tanstack/react-query'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The SDK already retries expired tokens, rate limits, 5xx and network
        // errors; a second layer here would multiply requests against the
        // portal's rate limit.
        retry: false,
        // The read started before React rendered; a failure of it is shown
        // with a Retry button, not silently sent again when the screen mounts.
        retryOnMount: false,
        // The poll changes only through this app's own calls, whose responses
        // carry the new state.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { retry: false },
    },
  })
}
