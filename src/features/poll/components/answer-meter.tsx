import { useId } from 'react'
import { CheckIcon } from '../../../components/check-icon'
import { useI18n } from '../../../i18n/i18n'
import type { Answer } from '../poll'
import { PollText } from './poll-text'

/**
 * One answer as a meter: its vote count out of the question's voters, with the
 * same facts written out for sighted users and in `aria-valuetext` for
 * everyone else.
 */
export function AnswerMeter({
  answer,
  voterCount,
}: {
  answer: Answer
  voterCount: number
}) {
  const { t, plural, percent } = useI18n()
  const textId = useId()
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
        <span id={textId} className="answer-text">
          <PollText text={answer.text} format={answer.textFormat} />
        </span>
        {answer.isMine && (
          <span className="answer-mine-badge">
            <CheckIcon />
            {t('yourAnswer')}
          </span>
        )}
        <span className="answer-figures">
          {votes} · {share}
        </span>
      </div>
      <div className="answer-bar" aria-hidden="true">
        <div
          className="answer-bar-fill"
          style={{ inlineSize: `${Math.min(answer.percent, 100)}%` }}
        />
      </div>
    </div>
  )
}
