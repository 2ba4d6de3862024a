import { useId, useRef, useState, type SubmitEvent } from 'react'
import { useI18n } from '@/i18n/i18n'
import { useHydrated } from '@/lib/use-hydrated'
import { usePollBusy } from '../poll-context'
import { ballotProblem, choose, type Ballot, type Poll, type ResultsView } from '../poll'
import { QuestionSection } from './question-section'

/**
 * The poll with an input in each answer's card: radio buttons for single
 * choice, checkboxes for multiple choice. Vote looks unavailable, and says
 * why, until the ballot is one Bitrix24 would accept; pressed anyway, it
 * names the reason and takes the user to the first question that needs an
 * answer.
 */
export function BallotForm({
  poll,
  results,
  initialBallot,
  isChange,
  pending,
  onChoose,
  onSubmit,
  onCancel,
}: {
  poll: Poll
  /** What the answers show this user. */
  results: ResultsView
  initialBallot: Ballot
  /** Changing an earlier vote rather than voting for the first time. */
  isChange: boolean
  /** The ballot is pending. */
  pending: boolean
  /** The user chose or unchose an answer, or sent the ballot. */
  onChoose: () => void
  /** A ballot Bitrix24 would accept, to be cast. */
  onSubmit: (ballot: Ballot) => void
  /** Back to the results, where the ballot was opened from them. */
  onCancel: (() => void) | undefined
}) {
  const { t } = useI18n()
  const changes = usePollBusy()
  // A choice made before hydration would be lost.
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
    onSubmit(ballot)
  }

  return (
    <form ref={form} className="ballot" noValidate onSubmit={handleSubmit}>
      {poll.questions.map((question) => (
        <QuestionSection
          key={question.id}
          poll={poll}
          results={results}
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
      <div className="actions">
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={changes.busy || problem !== undefined}
            aria-describedby={problem ? problemId : undefined}
            aria-busy={pending}
          >
            {pending && <span className="spinner" aria-hidden="true" />}
            {t(isChange ? 'saveVote' : 'submitVote')}
          </button>
          {onCancel && (
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
    </form>
  )
}
