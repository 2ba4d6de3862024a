import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../../../i18n/i18n'
import { markForBenchOnScreen } from '../../../lib/bench-marks'
import { canWithdraw, myBallot, type Ballot, type Poll } from '../poll'
import { BallotForm } from './ballot-form'
import { ChangeButton } from './change-button'
import { undoWithdrawal } from './later-parts'
import { PollCaption } from './poll-caption'
import { QuestionResults } from './question-results'
import { ShownPoll } from './shown-poll'
import { VoteError } from './vote-error'
import { useProgressiveQuestions } from './use-progressive-questions'
import { WithdrawVote } from './withdraw-vote'

type FocusTarget = 'heading' | 'change'

interface Failure {
  readonly error: Error
  readonly action: 'vote' | 'change' | 'restore'
}

/**
 * The poll in one of two modes: the ballot, when the user can vote or chose to
 * change their vote, or the results with what can be done about their vote.
 * One polite live region announces every outcome.
 *
 * A status ("Your vote was counted.") or a failure describes the last action
 * only, so the next action clears it: the screen already shows the state it
 * left, and a line that vanished on a timer could go before a slow reader
 * got to it.
 */
export function PollView({ poll }: { poll: Poll }) {
  const { t } = useI18n()
  const headingId = useId()
  useEffect(() => {
    markForBenchOnScreen('pollRendered')
  }, [poll])
  const heading = useRef<HTMLHeadingElement>(null)
  const changeButton = useRef<HTMLButtonElement>(null)
  const [changing, setChanging] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [undoBallot, setUndoBallot] = useState<Ballot>()
  const [failure, setFailure] = useState<Failure>()
  const focusTarget = useRef<FocusTarget>(undefined)
  const voting = poll.canVote || (changing && canWithdraw(poll))
  const questions = useProgressiveQuestions(poll.questions)

  // Focus moves once the element it goes to is on screen: every change that
  // asks for it also changes state, so a render follows.
  useEffect(() => {
    if (!focusTarget.current) return
    ;(focusTarget.current === 'change' ? changeButton : heading).current?.focus()
    focusTarget.current = undefined
  })

  const startAction = () => {
    setAnnouncement('')
    setFailure(undefined)
  }
  const settle = (message: string, focus: FocusTarget) => {
    setAnnouncement(message)
    focusTarget.current = focus
  }

  // Voting again elsewhere (another tab, the chat's widget) makes the undo
  // moot, and so does a poll that finished meanwhile.
  const undo = undoBallot && !poll.isVoted && !poll.isFinished && (
    <undoWithdrawal.Part
      ballot={undoBallot}
      onStart={startAction}
      onRestored={() => {
        setUndoBallot(undefined)
        settle(t('voteRestored'), 'heading')
      }}
      onFailed={(error) => {
        setFailure({ error, action: 'restore' })
      }}
      onDismissed={() => {
        setUndoBallot(undefined)
        setAnnouncement('')
      }}
    />
  )

  // Undo goes when its time is up, on Escape, or when the poll changes under
  // it; where it held focus, the page would drop focus to its body.
  const undoShown = Boolean(undo)
  const undoWasShown = useRef(false)
  useEffect(() => {
    if (undoWasShown.current && !undoShown && document.activeElement === document.body) {
      heading.current?.focus()
    }
    undoWasShown.current = undoShown
  }, [undoShown])

  return (
    <ShownPoll value={poll}>
      <article className="poll" aria-labelledby={headingId}>
        <header className="poll-header">
          <h1
            id={headingId}
            ref={heading}
            tabIndex={-1}
            className="poll-heading visually-hidden"
          >
            {t('pollHeading')}
          </h1>
          <PollCaption poll={poll} />
        </header>
        {voting ? (
          <BallotForm
            poll={poll}
            initialBallot={changing ? myBallot(poll) : {}}
            isChange={changing}
            actionBar={undo}
            onChoose={() => {
              startAction()
              setUndoBallot(undefined)
            }}
            onVoted={() => {
              setUndoBallot(undefined)
              setChanging(false)
              settle(t(changing ? 'voteChanged' : 'voteCounted'), 'heading')
            }}
            onFailed={(error) => {
              setFailure({ error, action: changing ? 'change' : 'vote' })
            }}
            onCancel={() => {
              startAction()
              focusTarget.current = 'change'
              setChanging(false)
            }}
          />
        ) : (
          <>
            {questions.map((question) => (
              <QuestionResults key={question.id} poll={poll} question={question} />
            ))}
            {undo ||
              (poll.isVoted ? (
                <WithdrawVote
                  poll={poll}
                  onStart={startAction}
                  besideButton={
                    canWithdraw(poll) && (
                      <ChangeButton
                        ref={changeButton}
                        allowed
                        pending={false}
                        describedBy={undefined}
                        onClick={() => {
                          startAction()
                          setChanging(true)
                        }}
                      >
                        {t('changeVote')}
                      </ChangeButton>
                    )
                  }
                  onWithdrawn={(previous) => {
                    setAnnouncement(t('voteWithdrawn'))
                    setUndoBallot(previous)
                  }}
                />
              ) : (
                <p className="hint">{t('notVoted')}</p>
              ))}
          </>
        )}
        {failure && (
          <VoteError
            error={failure.error}
            isChange={failure.action === 'change'}
            restoring={failure.action === 'restore'}
          />
        )}
        {/* The snackbar says it on screen; the status line says it to screen readers. */}
        <p role="status" className={undo ? 'visually-hidden' : 'announcement'}>
          {announcement}
        </p>
      </article>
    </ShownPoll>
  )
}
