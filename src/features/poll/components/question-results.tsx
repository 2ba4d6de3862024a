import { useId } from 'react'
import { useI18n } from '../../../i18n/i18n'
import type { Question } from '../poll'
import { AnswerMeter } from './answer-meter'
import { AnswerVoters } from './answer-voters'
import { PieChart } from './pie-chart'
import { PollText } from '../poll-text/poll-text'

/** What a ballot adds to a question: an input before each answer. */
export interface QuestionChoice {
  readonly selected: readonly string[]
  readonly onChange: (answerId: string, checked: boolean) => void
  /** The id of the message saying this question still needs an answer. */
  readonly problemId: string | undefined
  /** Inputs that cannot take a choice yet: the server's markup, before the app has taken it over. */
  readonly disabled: boolean
}

export function QuestionResults({
  question,
  choice,
  showVoters = false,
  resultsHidden = false,
}: {
  question: Question
  choice?: QuestionChoice
  /** Offer who voted for each answer: public polls only. */
  showVoters?: boolean
  /** The author hid the results: answers without counts, shares or voters. */
  resultsHidden?: boolean
}) {
  const { t } = useI18n()
  const headingId = useId()
  const hintId = useId()
  const idPrefix = useId()
  const describedBy = [choice && hintId, choice?.problemId].filter(Boolean).join(' ')
  return (
    <section
      role="group"
      aria-labelledby={headingId}
      aria-describedby={describedBy || undefined}
      className={question.chart === 'pie' ? 'question question-pie' : 'question'}
    >
      <h2 id={headingId} className="question-text">
        <PollText text={question.text} format={question.textFormat} />
      </h2>
      {choice && (
        <p id={hintId} className="question-hint">
          {t(question.isMultipleChoice ? 'pickAny' : 'pickOne')}
          {question.isRequired && <> · {t('required')}</>}
        </p>
      )}
      <div className="question-body">
        {question.chart === 'pie' && !resultsHidden && <PieChart question={question} />}
        <ul className="answers">
          {question.answers.map((answer, index) => {
            const inputId = `${idPrefix}-${answer.id}`
            const labelId = `${inputId}-text`
            const meter = (
              <AnswerMeter
                answer={answer}
                resultsHidden={resultsHidden}
                voterCount={question.voterCount}
                chart={question.chart}
                slice={index}
                labelId={labelId}
              />
            )
            const whoVoted = showVoters && !resultsHidden && answer.votes > 0 && (
              <AnswerVoters answer={answer} answerTextId={labelId} />
            )
            if (!choice) {
              return (
                <li key={answer.id}>
                  {meter}
                  {whoVoted}
                </li>
              )
            }
            return (
              <li key={answer.id} className="choice">
                <input
                  id={inputId}
                  className="choice-input"
                  type={question.isMultipleChoice ? 'checkbox' : 'radio'}
                  name={`${idPrefix}-question`}
                  value={answer.id}
                  checked={choice.selected.includes(answer.id)}
                  disabled={choice.disabled}
                  aria-labelledby={labelId}
                  onChange={(event) => {
                    choice.onChange(answer.id, event.target.checked)
                  }}
                />
                <div className="choice-body">
                  <label htmlFor={inputId} className="choice-label">
                    {meter}
                  </label>
                  {whoVoted}
                </div>
              </li>
            )
          })}
        </ul>
      </div>
    </section>
  )
}
