import { useId } from 'react'
import { CheckIcon } from '../../../components/check-icon'
import { useI18n } from '../../../i18n/i18n'
import type { Answer, Chart } from '../poll'
import { PollText } from '../poll-text/poll-text'

/**
 * One answer as a meter: its vote count out of the question's voters, with the
 * same facts written out for sighted users and in `aria-valuetext` for
 * everyone else. Drawn as a bar, or as a swatch of its slice of the pie.
 * Where the author hid the results, only the answer and the user's mark.
 */
export function AnswerMeter({
  answer,
  voterCount,
  chart,
  slice,
  labelId,
  resultsHidden = false,
}: {
  answer: Answer
  voterCount: number
  chart: Chart
  /** The answer's position, which picks its colour in the pie. */
  slice: number
  /** The id to give the answer's text, when a ballot input is labelled by it too. */
  labelId?: string
  resultsHidden?: boolean
}) {
  const { t, plural, percent } = useI18n()
  const ownId = useId()
  const textId = labelId ?? ownId
  const text = (
    <span id={textId} className="answer-text">
      <PollText text={answer.text} format={answer.textFormat} />
    </span>
  )
  const mine = answer.isMine && (
    <span className="answer-mine-badge">
      <CheckIcon />
      {t('yourAnswer')}
    </span>
  )
  if (resultsHidden) {
    return (
      <div className={answer.isMine ? 'answer answer-mine' : 'answer'}>
        <div className="answer-line">
          {text}
          {mine}
        </div>
      </div>
    )
  }
  const votes = plural('votes', answer.votes)
  const share = percent(answer.percent)
  return (
    <div
      role="meter"
      aria-labelledby={textId}
      aria-valuemin={0}
      aria-valuenow={answer.votes}
      aria-valuemax={Math.max(voterCount, 1)}
      aria-valuetext={t(answer.isMine ? 'meterValueMine' : 'meterValue', {
        votes,
        percent: share,
      })}
      className={answer.isMine ? 'answer answer-mine' : 'answer'}
    >
      <div className="answer-line">
        {chart === 'pie' && (
          <span className={`swatch slice-${slice % SLICE_COLOURS}`} aria-hidden="true" />
        )}
        {text}
        {mine}
        <span className="answer-figures">
          {votes} · {share}
        </span>
      </div>
      {/* An SVG length, not a style: the server's markup carries it, and the
          Content-Security-Policy blocks style attributes in markup. */}
      {chart === 'bars' && (
        <svg className="answer-bar" aria-hidden="true" focusable="false">
          <rect
            className="answer-bar-fill"
            width={`${Math.min(answer.percent, 100)}%`}
            height="100%"
            rx="3"
          />
        </svg>
      )}
    </div>
  )
}

/** How many distinct slice colours `styles.css` defines (`.slice-0` …). */
export const SLICE_COLOURS = 10
