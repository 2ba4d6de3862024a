import { useEffect, useId, useRef } from 'react'
import { CheckIcon } from '../../../components/check-icon'
import type { Portal } from '../../../lib/portal'
import { useI18n } from '../../../i18n/i18n'
import type { Poll, PollRef } from '../poll'
import { QuestionResults } from './question-results'
import { WithdrawVote } from './withdraw-vote'

export function PollView({
  portal,
  pollRef,
  poll,
}: {
  portal: Portal
  pollRef: PollRef
  poll: Poll
}) {
  const { t, plural } = useI18n()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const headingId = useId()
  // Read by `npm run bench`: when a poll (or a new state of it) is on screen.
  useEffect(() => {
    performance.mark('poll:rendered')
  }, [poll])
  const facts = [
    poll.voterCount > 0 ? plural('peopleVoted', poll.voterCount) : t('nobodyVoted'),
    poll.isAnonymous ? t('anonymousPoll') : t('publicPoll'),
    ...(poll.isFinished ? [t('pollFinished')] : []),
  ]
  return (
    <article className="poll" aria-labelledby={headingId}>
      <header className="poll-header">
        <h1 id={headingId} ref={headingRef} tabIndex={-1} className="poll-heading">
          {t('pollHeading')}
        </h1>
        <p className="poll-caption">{facts.join(' · ')}</p>
      </header>
      {poll.questions.map((question) => (
        <QuestionResults key={question.id} question={question} />
      ))}
      {poll.isVoted && (
        <p className="legend">
          <CheckIcon /> {t('yourAnswer')}
        </p>
      )}
      <WithdrawVote
        portal={portal}
        pollRef={pollRef}
        poll={poll}
        // The button disappears with the vote: keep keyboard focus in the poll.
        onWithdrawn={() => headingRef.current?.focus()}
      />
    </article>
  )
}
