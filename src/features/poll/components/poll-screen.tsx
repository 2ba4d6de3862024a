import { Loading } from '@/components/loading'
import { useI18n } from '@/i18n/i18n'
import { usePoll } from '../api/get-poll'
import { outOfReach } from '../api/poll-out-of-reach'
import { PollLoadError } from './poll-load-error'
import { PollView } from './poll-view'

/** The poll of the surrounding `PollProvider`, or why it cannot be shown. */
export function PollScreen() {
  const { t } = useI18n()
  const poll = usePoll()
  // A poll deleted or out of reach goes at once; any other failed re-read
  // keeps the last known poll on screen.
  const gone = poll.isError && outOfReach(poll.error) !== undefined
  if (poll.data && !gone) {
    return <PollView poll={poll.data} />
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
