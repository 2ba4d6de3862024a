import { useId, useRef, useState } from 'react'
import { useI18n } from '@/i18n/i18n'
import {
  firstName,
  voterSummary,
  youFirst,
  type Answer,
  type Poll,
  type ResultsView,
} from '../poll'
import { VoterAvatar } from './voter-avatar'
import { useVoterLookup } from './voter-lookup'
import { VotersPanel } from './voters-panel'

/**
 * Who chose an answer of a public poll, on its row: up to three faces and
 * "Anna, Boris +3" ("You" first where it is the user's answer), as a button
 * that opens the whole list below it. Until the first voters are read, the
 * button says "Who voted". Its own chunk, with the list: only public polls
 * whose results show need it.
 */
export default function AnswerVoters({
  poll,
  results,
  answer,
  answerTextId,
}: {
  poll: Poll
  results: ResultsView
  answer: Answer
  /** The answer's text, which completes the button's name and the list's. */
  answerTextId: string
}) {
  const { t, count } = useI18n()
  const { me, firstVoters } = useVoterLookup(poll, results)
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const ownId = useId()
  const whoVotedId = `${ownId}-who`
  const namesId = `${ownId}-names`
  const panelId = `${ownId}-panel`
  const list = firstVoters && youFirst(answer, firstVoters[answer.id] ?? [], me)
  const summary = list && voterSummary(list, answer.votes)
  const names =
    list &&
    summary &&
    [
      summary.named
        .map((voter) => (voter === list.you ? t('you') : firstName(voter.name)))
        .join(t('nameSeparator')),
      summary.more > 0 ? t('votersMore', { count: count(summary.more) }) : '',
    ]
      .filter(Boolean)
      .join(' ')
  const close = () => {
    setOpen(false)
    toggle.current?.focus()
  }
  return (
    <>
      {/* Begins the button's name, however much of it the button shows. */}
      <span id={whoVotedId} hidden>
        {t('whoVoted')}
      </span>
      <button
        ref={toggle}
        type="button"
        className="link-button answer-voters-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-labelledby={[whoVotedId, answerTextId, names && namesId]
          .filter(Boolean)
          .join(' ')}
        onClick={() => {
          setOpen((current) => !current)
        }}
        onKeyDown={(event) => {
          if (open && event.key === 'Escape') close()
        }}
      >
        {summary && summary.faces.length > 0 && (
          <span className="answer-voters-faces" aria-hidden="true">
            {summary.faces.map((voter) => (
              <VoterAvatar key={voter.id} voter={voter} size="small" />
            ))}
          </span>
        )}
        {names ? <span id={namesId}>{names}</span> : t('whoVoted')}
        <span className="answer-voters-arrow" aria-hidden="true" />
      </button>
      {open && (
        <VotersPanel
          id={panelId}
          answer={answer}
          me={me}
          listLabelledBy={`${whoVotedId} ${answerTextId}`}
          onClose={close}
        />
      )}
    </>
  )
}
