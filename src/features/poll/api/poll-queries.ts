import { queryOptions } from '@tanstack/react-query'
import type { Portal } from '../../../lib/portal'
import type { PollRef } from '../poll'
import { getPoll } from './vote-api'

export const pollQueries = {
  all: () => ['poll'] as const,
  detail: (portal: Portal, ref: PollRef) =>
    queryOptions({
      queryKey: [...pollQueries.all(), ref] as const,
      queryFn: () => getPoll(portal, ref),
    }),
}
