import { useId, useState } from 'react'
import { useI18n } from '../../../i18n/i18n'
import { useAnswerVoters } from '../api/get-answer-voters'
import type { Answer, Voter } from '../poll'

/**
 * "Who voted" under an answer of a public poll: a disclosure that reads the
 * voters only when opened, a page at a time.
 */
export function AnswerVoters({
  answer,
  answerTextId,
}: {
  answer: Answer
  /** The answer's text, which completes the button's name. */
  answerTextId: string
}) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const ownId = useId()
  const textId = `${ownId}-text`
  const listId = `${ownId}-list`
  const name = `${textId} ${answerTextId}`
  return (
    <div className="voters">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-labelledby={name}
        onClick={() => {
          setOpen((current) => !current)
        }}
      >
        <span id={textId}>{t('whoVoted')}</span>
        <span className="disclosure-arrow" aria-hidden="true" />
      </button>
      {open && <VoterList id={listId} labelledBy={name} answer={answer} />}
    </div>
  )
}

function VoterList({
  id,
  labelledBy,
  answer,
}: {
  id: string
  labelledBy: string
  answer: Answer
}) {
  const { t } = useI18n()
  const voters = useAnswerVoters(answer)
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
