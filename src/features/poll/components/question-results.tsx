import { useId } from 'react'
import type { Question } from '../poll'
import { AnswerMeter } from './answer-meter'
import { PollText } from './poll-text'

export function QuestionResults({ question }: { question: Question }) {
  const headingId = useId()
  return (
    <section role="group" aria-labelledby={headingId} className="question">
      <h2 id={headingId} className="question-text">
        <PollText text={question.text} format={question.textFormat} />
      </h2>
      <ul className="answers">
        {question.answers.map((answer) => (
          <li key={answer.id}>
            <AnswerMeter answer={answer} voterCount={question.voterCount} />
          </li>
        ))}
      </ul>
    </section>
  )
}
