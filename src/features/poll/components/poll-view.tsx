import { useEffect, useId, useRef, useState } from 'react'
import { CheckIcon } from '../../../components/check-icon'
import { useI18n } from '../../../i18n/i18n'
import { markForBench } from '../../../lib/bench-marks'
import { usePollBusy } from '../api/poll-changes'
import { canWithdraw, myBallot, type Ballot, type Poll } from '../poll'
import { BallotForm } from './ballot-form'
import { PollCaption } from './poll-caption'
import { QuestionResults } from './question-results'
import { UndoWithdrawal } from './undo-withdrawal'
import { VoteError } from './vote-error'
import { useProgressiveQuestions } from './use-progressive-questions'
import { WithdrawVote } from './withdraw-vote'

type FocusTarget = 'heading' | 'change'

/**
 * The poll in one of two modes: the ballot, when the user can vote or chose to
 * change their vote, or the results with what can be done about their vote.
 * One polite live region announces every outcome.
 */
export function PollView({ poll }: { poll: Poll }) {
  const { t } = useI18n()
  const headingId = useId()
  useEffect(() => {
    markForBench('pollRendered')
  }, [poll])
  const heading = useRef<HTMLHeadingElement>(null)
  const changeButton = useRef<HTMLButtonElement>(null)
  const [changing, setChanging] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [undoBallot, setUndoBallot] = useState<Ballot>()
  const [voteFailure, setVoteFailure] = useState<{ error: Error; isChange: boolean }>()
  const focusTarget = useRef<FocusTarget>(undefined)
  const voting = poll.canVote || (changing && canWithdraw(poll))
  const showVoters = !poll.isAnonymous
  const questions = useProgressiveQuestions(poll.questions)
  const changes = usePollBusy()

  // Focus moves once the element it goes to is on screen: every change that
  // asks for it also changes state, so a render follows.
  useEffect(() => {
    if (!focusTarget.current) return
    ;(focusTarget.current === 'change' ? changeButton : heading).current?.focus()
    focusTarget.current = undefined
  })

  const settle = (message: string, focus: FocusTarget) => {
    setAnnouncement(message)
    focusTarget.current = focus
  }

  return (
    <article className="poll" aria-labelledby={headingId}>
      <header className="poll-header">
        <h1 id={headingId} ref={heading} tabIndex={-1} className="poll-heading">
          {t('pollHeading')}
        </h1>
        <PollCaption poll={poll} />
      </header>
      {voting ? (
        <BallotForm
          poll={poll}
          initialBallot={changing ? myBallot(poll) : {}}
          showVoters={showVoters}
          isChange={changing}
          onVoted={() => {
            setUndoBallot(undefined)
            setVoteFailure(undefined)
            setChanging(false)
            settle(t(changing ? 'voteChanged' : 'voteCounted'), 'heading')
          }}
          onFailed={(error) => {
            setVoteFailure({ error, isChange: changing })
          }}
          onCancel={() => {
            focusTarget.current = 'change'
            setChanging(false)
          }}
        />
      ) : (
        <>
          {questions.map((question) => (
            <QuestionResults
              key={question.id}
              question={question}
              showVoters={showVoters}
              resultsHidden={poll.resultsHidden}
            />
          ))}
          {poll.isVoted ? (
            <>
              <p className="legend">
                <CheckIcon /> {t('yourAnswer')}
              </p>
              <WithdrawVote
                poll={poll}
                besideButton={
                  canWithdraw(poll) && (
                    <button
                      ref={changeButton}
                      type="button"
                      className="button"
                      aria-disabled={changes.busy}
                      onClick={() => {
                        if (changes.isFree()) setChanging(true)
                      }}
                    >
                      {t('changeVote')}
                    </button>
                  )
                }
                onWithdrawn={(previous) => {
                  setVoteFailure(undefined)
                  setAnnouncement(t('voteWithdrawn'))
                  setUndoBallot(previous)
                }}
              />
            </>
          ) : (
            <p className="hint">{t('notVoted')}</p>
          )}
        </>
      )}
      {voteFailure && (
        <VoteError error={voteFailure.error} isChange={voteFailure.isChange} />
      )}
      <p role="status" className="announcement">
        {announcement}
      </p>
      {/* Voting again elsewhere (another tab, the chat's widget) makes the undo moot. */}
      {undoBallot && !poll.isVoted && (
        <UndoWithdrawal
          poll={poll}
          ballot={undoBallot}
          onRestored={() => {
            setUndoBallot(undefined)
            settle(t('voteRestored'), 'heading')
          }}
          onExpired={(hadFocus) => {
            if (hadFocus) focusTarget.current = 'heading'
            setUndoBallot(undefined)
          }}
        />
      )}
    </article>
  )
}
