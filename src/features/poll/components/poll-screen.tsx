import { useQuery } from '@tanstack/react-query'
import { Loading } from '../../../components/loading'
import type { Portal } from '../../../lib/portal'
import { useI18n } from '../../../i18n/i18n'
import { outOfReach } from '../api/poll-out-of-reach'
import { pollQueries } from '../api/poll-queries'
import type { PollRef } from '../poll'
import { PollLoadError } from './poll-load-error'
import { PollView } from './poll-view'

export function PollScreen({ portal, pollRef }: { portal: Portal; pollRef: PollRef }) {
  const { t } = useI18n()
  const poll = useQuery(pollQueries.detail(portal, pollRef))
  // A poll deleted or out of reach goes at once; any other failed re-read
  // keeps the last known poll on screen.
  const gone = poll.isError && outOfReach(poll.error) !== undefined
  if (poll.data && !gone) {
    return <PollView portal={portal} pollRef={pollRef} poll={poll.data} />
  }
  if (poll.isError) {
    return (
      <PollLoadError
        error={poll.error}
        retrying={poll.isFetching}
        onRetry={() => void poll.refetch()}
      />
    )
  }
  return <Loading label={t('loadingPoll')} />
}
