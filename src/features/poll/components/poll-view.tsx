import { useEffect, useId, useRef, useState } from 'react'
import { Loading } from '@/components/loading'
import { useI18n } from '@/i18n/i18n'
import { markForBench, markForBenchOnScreen } from '@/lib/bench-marks'
import { useCastVote } from '../api/cast-vote'
import { usePoll } from '../api/get-poll'
import { outOfReach } from '../api/poll-out-of-reach'
import { useRecallVote } from '../api/recall-vote'
import { canWithdraw, myBallot, resultsView, type Ballot, type Poll } from '../poll'
import { BallotForm } from './ballot-form'
import { ActionBar } from './action-bar'
import type { ChangeAction } from './change-error'
import { changeError, undoWithdrawal } from '../lazy-parts'
import { PollCaption } from './poll-caption'
import { PollLoadError } from './poll-load-error'
import { QuestionSection } from './question-section'
import { useProgressiveQuestions } from './use-progressive-questions'

/** The poll of the surrounding `PollProvider`, or why it cannot be shown. */
export function PollScreen() {
  const { t } = useI18n()
  const poll = usePoll()
  // A failed re-read keeps the last known poll, unless the poll is gone.
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

type FocusTarget = 'heading' | 'change'

interface Failure {
  readonly error: Error
  readonly action: ChangeAction
}

/**
 * The poll in one of two modes: the ballot, when the user can vote or chose to
 * vote again, or the results with what can be done about their vote. It makes
 * every change to the poll (vote, change, withdrawal, undo) and says how each
 * ended in one polite live region; the components below only show them. What
 * stays on screen after each, and why: docs/poll-changes.md.
 */
export function PollView({ poll }: { poll: Poll }) {
  const { t } = useI18n()
  const headingId = useId()
  useEffect(() => {
    markForBenchOnScreen('pollRendered')
  }, [poll])
  const vote = useCastVote()
  const withdraw = useRecallVote()
  const heading = useRef<HTMLHeadingElement>(null)
  const changeButton = useRef<HTMLButtonElement>(null)
  const [ballotOpen, setBallotOpen] = useState(false)
  const [withdrewHere, setWithdrewHere] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [undoBallot, setUndoBallot] = useState<Ballot>()
  const [failure, setFailure] = useState<Failure>()
  const focusTarget = useRef<FocusTarget>(undefined)
  // A vote cast since, here or elsewhere, ends what the withdrawal left on screen.
  const withdrawn = withdrewHere && !poll.isVoted
  const changing = ballotOpen && poll.isVoted
  const voting = ballotOpen
    ? poll.canVote || canWithdraw(poll)
    : poll.canVote && !withdrawn
  const results = resultsView(poll, withdrawn)
  const questions = useProgressiveQuestions(poll.questions)
  const withdrawShown = !voting && poll.isVoted

  // Undo is downloaded while Withdraw my vote is on screen, not on its click.
  useEffect(() => {
    if (withdrawShown) undoWithdrawal.preload().catch(() => undefined)
  }, [withdrawShown])

  // Focus moves after the render that puts its target on screen.
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

  const castBallot = (ballot: Ballot) => {
    startAction()
    setUndoBallot(undefined)
    const action = changing ? 'change' : 'vote'
    vote.mutate(ballot, {
      onSuccess: () => {
        setBallotOpen(false)
        setWithdrewHere(false)
        settle(t(action === 'change' ? 'voteChanged' : 'voteCounted'), 'heading')
      },
      onError: (error) => {
        setFailure({ error, action })
      },
    })
  }

  const withdrawMyVote = () => {
    markForBench('withdrawClicked')
    // Where the early download failed, one more try.
    undoWithdrawal.preload().catch(() => undefined)
    startAction()
    const previous = myBallot(poll)
    withdraw.mutate(undefined, {
      onSuccess: () => {
        setWithdrewHere(true)
        setAnnouncement(t('voteWithdrawn'))
        setUndoBallot(previous)
      },
      onError: (error) => {
        setFailure({ error, action: 'withdraw' })
      },
    })
  }

  const restoreVote = (ballot: Ballot) => {
    startAction()
    vote.mutate(ballot, {
      onSuccess: () => {
        setUndoBallot(undefined)
        setWithdrewHere(false)
        settle(t('voteRestored'), 'heading')
      },
      onError: (error) => {
        setFailure({ error, action: 'restore' })
      },
    })
  }

  const dismissUndo = () => {
    setUndoBallot(undefined)
    setAnnouncement('')
  }

  // No Undo once the user voted again elsewhere, or the poll finished.
  const undo = undoBallot && !poll.isVoted && !poll.isFinished && (
    <undoWithdrawal.Component
      pending={vote.isPending}
      onUndo={() => {
        restoreVote(undoBallot)
      }}
      onDismissed={dismissUndo}
    />
  )

  // Where Undo goes away while it has focus, focus goes to the heading.
  const undoShown = Boolean(undo)
  const undoWasShown = useRef(false)
  useEffect(() => {
    if (undoWasShown.current && !undoShown && document.activeElement === document.body) {
      heading.current?.focus()
    }
    undoWasShown.current = undoShown
  }, [undoShown])

  const openBallot = () => {
    startAction()
    setUndoBallot(undefined)
    setBallotOpen(true)
  }

  return (
    <article className="poll" aria-labelledby={headingId}>
      <header className="poll-view-header">
        <h1
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className="poll-view-heading visually-hidden"
        >
          {t('pollHeading')}
        </h1>
        <PollCaption poll={poll} results={results} />
      </header>
      {voting ? (
        <BallotForm
          poll={poll}
          results={results}
          initialBallot={changing ? myBallot(poll) : {}}
          isChange={changing}
          pending={vote.isPending}
          onChoose={() => {
            startAction()
            setUndoBallot(undefined)
          }}
          onSubmit={castBallot}
          onCancel={
            ballotOpen
              ? () => {
                  startAction()
                  focusTarget.current = 'change'
                  setBallotOpen(false)
                }
              : undefined
          }
        />
      ) : (
        <>
          {questions.map((question) => (
            <QuestionSection
              key={question.id}
              poll={poll}
              results={results}
              question={question}
            />
          ))}
          <ActionBar
            poll={poll}
            withdrawn={withdrawn}
            withdrawing={withdraw.isPending}
            undo={undo}
            openBallotButton={changeButton}
            onOpenBallot={openBallot}
            onWithdraw={withdrawMyVote}
          />
        </>
      )}
      {failure && <changeError.Component action={failure.action} error={failure.error} />}
      {/* The snackbar says it on screen; the status line says it to screen readers. */}
      <p role="status" className={undo ? 'visually-hidden' : 'poll-view-announcement'}>
        {announcement}
      </p>
    </article>
  )
}
