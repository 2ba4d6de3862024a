import { useId } from 'react'
import { CheckIcon } from '@/components/check-icon'
import { useI18n } from '@/i18n/i18n'
import type { Answer, Chart } from '../poll'
import { PollText } from '../poll-text/poll-text'

/** What an answer's row shows when the user may see the results. */
export interface AnswerResult {
  /** Whole percent, as `answerShares` gives it. */
  readonly share: number
  /** The question's voters: the meter's maximum. */
  readonly voterCount: number
  readonly chart: Chart
  /** The answer's position, which picks its colour in the donut. */
  readonly slice: number
}

/**
 * One answer's row. With its result: a meter of its votes, the share in bold
 * on the leading edge, the count as secondary text and, for bar charts, a
 * bar; `aria-valuetext` says the same in words. Without (before voting, or
 * hidden by the author): the answer alone. The user's own answer carries a
 * check mark right after its text, in the same line as every other row's.
 */
export function AnswerMeter({
  answer,
  result,
  labelId,
}: {
  answer: Answer
  result?: AnswerResult
  /** The id to give the answer's text, when a ballot input is labelled by it too. */
  labelId?: string
}) {
  const { t, plural, percent, count } = useI18n()
  const ownId = useId()
  const textId = labelId ?? ownId
  const label = (
    <span className="answer-meter-label">
      <span id={textId} className="answer-meter-text">
        <PollText text={answer.text} format={answer.textFormat} />
      </span>
      {answer.isMine && (
        <span className="answer-meter-mine">
          <CheckIcon />
          <span className="visually-hidden">{t('yourAnswer')}</span>
        </span>
      )}
    </span>
  )
  if (!result) {
    return <div className="answer-meter answer-meter-plain">{label}</div>
  }
  const share = percent(result.share)
  return (
    <div
      role="meter"
      aria-labelledby={textId}
      aria-valuemin={0}
      aria-valuenow={answer.votes}
      aria-valuemax={Math.max(result.voterCount, 1)}
      aria-valuetext={t(answer.isMine ? 'meterValueMine' : 'meterValue', {
        votes: plural('votes', answer.votes),
        percent: share,
      })}
      className="answer-meter"
    >
      <div className="answer-meter-line">
        <span className="answer-meter-share">
          {result.chart === 'pie' && (
            <span
              className={`answer-meter-swatch slice-${result.slice % SLICE_COLOURS}`}
              aria-hidden="true"
            />
          )}
          {share}
        </span>
        {label}
        <span className="answer-meter-count">{count(answer.votes)}</span>
      </div>
      {/* An SVG length, not a style: the server's markup carries it, and the
          Content-Security-Policy blocks style attributes in markup. */}
      {result.chart === 'bars' && (
        <svg className="answer-meter-bar" aria-hidden="true" focusable="false">
          <rect
            className="answer-meter-bar-fill"
            width={`${result.share}%`}
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
