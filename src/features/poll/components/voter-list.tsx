import { useInfiniteQuery } from '@tanstack/react-query'
import { useI18n } from '../../../i18n/i18n'
import type { Portal } from '../../../lib/portal'
import { votersQueries } from '../api/voters-queries'
import type { Answer, PollRef, Voter } from '../poll'

/** The voters of one answer, read a page at a time; its own chunk, loaded when first opened. */
export function VoterList({
  id,
  labelledBy,
  portal,
  pollRef,
  answer,
}: {
  id: string
  labelledBy: string
  portal: Portal
  pollRef: PollRef
  answer: Answer
}) {
  const { t } = useI18n()
  const voters = useInfiniteQuery(votersQueries.ofAnswer(portal, pollRef, answer))
  if (voters.isError) {
    return (
      <div id={id} className="voter-panel">
        <p role="alert" className="inline-error">
          {t('votersFailed')}
        </p>
        <button type="button" className="button" onClick={() => void voters.refetch()}>
          {t('retry')}
        </button>
      </div>
    )
  }
  if (!voters.data) {
    return (
      <p id={id} className="voter-panel hint">
        {t('loadingVoters')}
      </p>
    )
  }
  return (
    <div id={id} className="voter-panel">
      <ul className="voter-list" aria-labelledby={labelledBy}>
        {voters.data.pages.flat().map((voter) => (
          <li key={voter.id} className="voter">
            <Avatar voter={voter} />
            <span className="voter-name">
              <bdi>{voter.name}</bdi>
              {voter.position && <span className="voter-position">{voter.position}</span>}
            </span>
          </li>
        ))}
      </ul>
      {voters.hasNextPage && (
        <button
          type="button"
          className="link-button"
          aria-disabled={voters.isFetchingNextPage}
          aria-busy={voters.isFetchingNextPage}
          onClick={() => {
            if (!voters.isFetchingNextPage) void voters.fetchNextPage()
          }}
        >
          {t('moreVoters')}
        </button>
      )}
    </div>
  )
}

function Avatar({ voter }: { voter: Voter }) {
  if (voter.avatarUrl) {
    return <img className="avatar" src={voter.avatarUrl} alt="" width={28} height={28} />
  }
  const initials = voter.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0])
    .join('')
  return (
    <span className="avatar avatar-initials" aria-hidden="true">
      {initials}
    </span>
  )
}
