import { useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react'
import { useI18n } from '../../../i18n/i18n'
import { useHydrated } from '../../../lib/use-hydrated'
import { useCastVote } from '../api/cast-vote'
import { usePollBusy } from '../api/poll-changes'
import { ballotProblem, choose, type Ballot, type Poll } from '../poll'
import { QuestionResults } from './question-results'

/**
 * The poll with an input in each answer's card: radio buttons for single
 * choice, checkboxes for multiple choice. Vote looks unavailable, and says
 * why, until the ballot is one Bitrix24 would accept; pressed anyway, it
 * names the reason and takes the user to the first question that needs an
 * answer.
 */
export function BallotForm({
  poll,
  initialBallot,
  isChange,
  onChoose,
  onVoted,
  onFailed,
  onCancel,
  actionBar,
}: {
  poll: Poll
  initialBallot: Ballot
  /** Changing an earlier vote rather than voting for the first time. */
  isChange: boolean
  /** The user chose or unchose an answer, or sent the ballot. */
  onChoose: () => void
  onVoted: () => void
  /**
   * Told why a vote did not go through. The poll read after it may end the
   * ballot (a poll that finished meanwhile), so the poll says it, not the form.
   */
  onFailed: (error: Error) => void
  onCancel: () => void
  /** What stands in place of the Vote button for now (the undo of a withdrawal). */
  actionBar?: ReactNode
}) {
  const { t } = useI18n()
  const vote = useCastVote()
  const changes = usePollBusy()
  // A choice made before the app has taken over the server's markup would be lost.
  const hydrated = useHydrated()
  const [ballot, setBallot] = useState(initialBallot)
  const [showProblem, setShowProblem] = useState(false)
  const form = useRef<HTMLFormElement>(null)
  const problemId = useId()
  const problem = ballotProblem(poll, ballot)
  const needsAnswer = problem?.questionIds ?? []
  const problemText =
    problem && t(problem.kind === 'empty' ? 'ballotEmpty' : 'ballotRequiredMissing')

  const handleSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    if (!changes.isFree()) return
    onChoose()
    if (problem) {
      setShowProblem(true)
      // Take the user to the first question that still needs an answer.
      const first = poll.questions.findIndex((q) => needsAnswer.includes(q.id))
      form.current
        ?.querySelectorAll<HTMLElement>('[role="group"]')
        [first]?.querySelector<HTMLInputElement>('input')
        ?.focus()
      return
    }
    vote.mutate(ballot, { onSuccess: onVoted, onError: onFailed })
  }

  return (
    <form ref={form} className="ballot" noValidate onSubmit={handleSubmit}>
      {poll.questions.map((question) => (
        <QuestionResults
          key={question.id}
          poll={poll}
          question={question}
          choice={{
            selected: ballot[question.id] ?? [],
            onChange: (answerId, checked) => {
              onChoose()
              setShowProblem(false)
              setBallot((current) => choose(current, question, answerId, checked))
            },
            problemId:
              showProblem && needsAnswer.includes(question.id) ? problemId : undefined,
            disabled: !hydrated,
          }}
        />
      ))}
      {actionBar ?? (
        <div className="actions">
          <div className="button-row">
            <button
              type="submit"
              className="button button-primary"
              aria-disabled={changes.busy || problem !== undefined}
              aria-describedby={problem ? problemId : undefined}
              aria-busy={vote.isPending}
            >
              {vote.isPending && <span className="spinner" aria-hidden="true" />}
              {t(isChange ? 'saveVote' : 'submitVote')}
            </button>
            {isChange && (
              <button
                type="button"
                className="button"
                aria-disabled={changes.busy}
                onClick={() => {
                  if (changes.isFree()) onCancel()
                }}
              >
                {t('cancel')}
              </button>
            )}
          </div>
          {problemText &&
            (showProblem ? (
              <p id={problemId} role="alert" className="inline-error">
                {problemText}
              </p>
            ) : (
              <p id={problemId} className="hint">
                {problemText}
              </p>
            ))}
        </div>
      )}
    </form>
  )
}
