import { useI18n } from '../../../i18n/i18n'
import type { Poll } from '../poll'

/** The poll's rules in one line: who sees votes, whether they can change, what shares mean. */
export function PollCaption({ poll }: { poll: Poll }) {
  const { t, plural } = useI18n()
  const facts = [
    t(poll.isAnonymous ? 'anonymousPoll' : 'publicPoll'),
    // Once finished, nobody can change anything: the author's choice no longer matters.
    ...(poll.isFinished
      ? [t('pollFinished')]
      : [t(poll.allowsVoteChange ? 'votesChangeable' : 'votesFinal'), t('pollOpen')]),
    ...(poll.resultsHidden
      ? [t('resultsHidden')]
      : [
          poll.voterCount > 0 ? plural('peopleVoted', poll.voterCount) : t('nobodyVoted'),
          ...(poll.questions.some((question) => question.isMultipleChoice)
            ? [t('sharesOfVoters')]
            : []),
        ]),
  ]
  return <p className="poll-caption">{facts.join(' · ')}</p>
}
