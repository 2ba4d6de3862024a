import { useId, useState } from 'react'
import { lazyModule } from '../../../components/lazy-module'
import { useI18n } from '../../../i18n/i18n'
import type { Portal } from '../../../lib/portal'
import type { Answer, PollRef } from '../poll'

// Its own chunk: most people never open the list of voters.
const voterList = lazyModule(() => import('./voter-list'))

/**
 * "Who voted" under an answer of a public poll: a disclosure that reads the
 * voters only when opened, a page at a time.
 */
export function AnswerVoters({
  portal,
  pollRef,
  answer,
  answerTextId,
}: {
  portal: Portal
  pollRef: PollRef
  answer: Answer
  /** The answer's text, which completes the button's name. */
  answerTextId: string
}) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const VoterList = voterList.useModule(open)?.VoterList
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
      {open &&
        (VoterList ? (
          <VoterList
            id={listId}
            labelledBy={name}
            portal={portal}
            pollRef={pollRef}
            answer={answer}
          />
        ) : (
          <p id={listId} className="voter-panel hint">
            {t('loadingVoters')}
          </p>
        ))}
    </div>
  )
}
