import { useId } from 'react'
import { useI18n } from '@/i18n/i18n'
import {
  answerShares,
  needsAnswer,
  type Poll,
  type Question,
  type ResultsView,
} from '../poll'
import { PollText } from '../poll-text/poll-text'
import { AnswerMeter } from './answer-meter'
import { answerVoters, pieChart } from '../lazy-parts'

/** What a ballot adds to a question: an input in each answer's row. */
export interface QuestionChoice {
  readonly selected: readonly string[]
  readonly onChange: (answerId: string, checked: boolean) => void
  /** The id of the message saying this question still needs an answer. */
  readonly problemId: string | undefined
  /** Inputs that cannot take a choice yet: the server's markup, before hydration. */
  readonly disabled: boolean
}

/**
 * A question and its answers, each answer a card. In a ballot the whole card
 * is the input's label, so a click anywhere on it chooses the answer, and a
 * chosen card is highlighted.
 */
export function QuestionSection({
  poll,
  results,
  question,
  choice,
}: {
  /** The poll the question is in. */
  poll: Poll
  /** What its rows may show. */
  results: ResultsView
  question: Question
  choice?: QuestionChoice
}) {
  // Counts, shares and the chart: only where the user may see them.
  const showResults = results === 'shown'
  // Who voted for each answer: public polls only.
  const showVoters = !poll.isAnonymous
  // In a poll of several questions each has its own voters, whom its
  // shares are out of: say how many answered this one.
  const showAnswered = poll.questions.length > 1
  const { t, plural } = useI18n()
  const headingId = useId()
  const hintId = useId()
  const requiredId = useId()
  const idPrefix = useId()
  const shares = showResults ? answerShares(question) : undefined
  const required = choice && needsAnswer(question)
  const hints = [
    ...(choice ? [t(question.isMultipleChoice ? 'pickAny' : 'pickOne')] : []),
    ...(showResults && showAnswered
      ? [plural('questionAnswered', question.voterCount)]
      : []),
  ]
  const describedBy = [
    required && requiredId,
    hints.length > 0 && hintId,
    choice?.problemId,
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <section
      role="group"
      aria-labelledby={headingId}
      aria-describedby={describedBy || undefined}
      className={
        question.chart === 'pie' && shares
          ? 'question-section question-section-pie'
          : 'question-section'
      }
    >
      <div className="question-section-head">
        <h2 id={headingId} className="question-section-text">
          <PollText text={question.text} format={question.textFormat} />
        </h2>
        {required && (
          <span id={requiredId} className="question-section-required">
            {t('required')}
          </span>
        )}
      </div>
      {hints.length > 0 && (
        <p id={hintId} className="question-section-hint">
          {hints.join(' · ')}
        </p>
      )}
      <div className="question-section-body">
        {question.chart === 'pie' && shares && (
          <pieChart.Component
            question={question}
            // Until it is there, an empty square of its size holds its place.
            fallback={
              <svg viewBox="0 0 42 42" className="pie-chart" aria-hidden="true" />
            }
          />
        )}
        <ul className="question-section-answers">
          {question.answers.map((answer, index) => {
            const inputId = `${idPrefix}-${answer.id}`
            const labelId = `${inputId}-text`
            const content = (
              <AnswerMeter
                answer={answer}
                labelId={labelId}
                result={
                  shares && {
                    share: shares[index] ?? 0,
                    voterCount: question.voterCount,
                    chart: question.chart,
                    slice: index,
                  }
                }
              />
            )
            const whoVoted = showVoters && shares && answer.votes > 0 && (
              // The row is there from the first paint, as tall as it will be,
              // so nothing under it moves (and no click misses) when the
              // voters arrive.
              <div className="answer-voters">
                <answerVoters.Component
                  poll={poll}
                  results={results}
                  answer={answer}
                  answerTextId={labelId}
                />
              </div>
            )
            const mine = answer.isMine ? ' question-section-card-mine' : ''
            if (!choice) {
              return (
                <li key={answer.id} className={`question-section-card${mine}`}>
                  {content}
                  {whoVoted}
                </li>
              )
            }
            const selected = choice.selected.includes(answer.id)
            return (
              <li
                key={answer.id}
                className={`question-section-card question-section-choice${mine}${selected ? ' question-section-choice-selected' : ''}`}
              >
                <label className="question-section-choice-label">
                  <input
                    id={inputId}
                    className="question-section-choice-input"
                    type={question.isMultipleChoice ? 'checkbox' : 'radio'}
                    name={`${idPrefix}-question`}
                    value={answer.id}
                    checked={selected}
                    disabled={choice.disabled}
                    aria-labelledby={labelId}
                    onChange={(event) => {
                      choice.onChange(answer.id, event.target.checked)
                    }}
                  />
                  {content}
                </label>
                {whoVoted}
              </li>
            )
          })}
        </ul>
      </div>
    </section>
  )
}
