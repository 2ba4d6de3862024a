import { useEffect, useId, useRef } from 'react'
import { useI18n } from '@/i18n/i18n'
import { useAnswerVoters } from '../api/get-answer-voters'
import { youFirst, type Answer, type Me, type Voter } from '../poll'
import { VoterAvatar } from './voter-avatar'

/**
 * Everyone who chose an answer, opened from its row: how many, "You" first
 * where it is the user's answer, then the rest a page at a time, in a list
 * that scrolls within a fixed height however many voted. Escape or "Hide
 * voters" at its end closes it.
 */
export function VotersPanel({
  id,
  answer,
  me,
  listLabelledBy,
  onClose,
}: {
  id: string
  answer: Answer
  /** The current user, once known, to name them "You". */
  me: Me | undefined
  listLabelledBy: string
  onClose: () => void
}) {
  const { t, plural } = useI18n()
  const voters = useAnswerVoters(answer)
  const headingId = useId()
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const element = panel.current
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    element?.addEventListener('keydown', onKeyDown)
    return () => {
      element?.removeEventListener('keydown', onKeyDown)
    }
  }, [onClose])

  const list = voters.data && youFirst(answer, voters.data.pages.flat(), me)
  return (
    <div
      id={id}
      ref={panel}
      role="group"
      aria-labelledby={headingId}
      className="voters-panel"
    >
      <h3 id={headingId} className="voters-panel-heading">
        {plural('answerVoters', answer.votes)}
      </h3>
      <div className="voters-panel-scroll">
        {voters.isError ? (
          <>
            <p role="alert" className="inline-error">
              {t('votersFailed')}
            </p>
            <button
              type="button"
              className="button"
              onClick={() => void voters.refetch()}
            >
              {t('retry')}
            </button>
          </>
        ) : list ? (
          <ul className="voters-panel-list" aria-labelledby={listLabelledBy}>
            {list.you && <VoterRow voter={list.you} name={t('you')} />}
            {list.others.map((voter) => (
              <VoterRow key={voter.id} voter={voter} name={voter.name} />
            ))}
          </ul>
        ) : (
          <p className="hint">{t('loadingVoters')}</p>
        )}
        <div className="voters-panel-actions">
          {voters.hasNextPage && (
            <button
              type="button"
              className="link-button voters-panel-link"
              aria-disabled={voters.isFetchingNextPage}
              aria-busy={voters.isFetchingNextPage}
              onClick={() => {
                if (!voters.isFetchingNextPage) void voters.fetchNextPage()
              }}
            >
              {t('moreVoters')}
            </button>
          )}
          <button
            type="button"
            className="link-button voters-panel-link"
            onClick={onClose}
          >
            {t('hideVoters')}
          </button>
        </div>
      </div>
    </div>
  )
}

function VoterRow({ voter, name }: { voter: Voter; name: string }) {
  return (
    <li className="voters-panel-voter">
      <VoterAvatar voter={voter} size="large" />
      <span className="voters-panel-name">
        <bdi>{name}</bdi>
        {voter.position && (
          <span className="voters-panel-position">{voter.position}</span>
        )}
      </span>
    </li>
  )
}
