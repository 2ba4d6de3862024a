import { useI18n } from '@/i18n/i18n'
import type { Poll, ResultsView } from '../poll'

/**
 * The poll's rules in one line: who sees votes, whether they can change,
 * how many voted, when the results show and what shares mean.
 */
export function PollCaption({ poll, results }: { poll: Poll; results: ResultsView }) {
  const { t, plural } = useI18n()
  const facts = [
    t(poll.isAnonymous ? 'anonymousPoll' : 'publicPoll'),
    // Once finished, nobody can change anything: the author's choice no longer matters.
    ...(poll.isFinished
      ? [t('pollFinished')]
      : [t(poll.allowsVoteChange ? 'votesChangeable' : 'votesFinal'), t('pollOpen')]),
    ...(results === 'hidden-by-author'
      ? [t('resultsHidden')]
      : [
          poll.voterCount > 0 ? plural('peopleVoted', poll.voterCount) : t('nobodyVoted'),
        ]),
    ...(results === 'after-voting' ? [t('resultsAfterVoting')] : []),
    // The author sees what members will see only once they vote.
    ...(results === 'shown' && poll.canEdit && !poll.isVoted && !poll.isFinished
      ? [t('resultsForAuthor')]
      : []),
    ...(results === 'shown' &&
    poll.questions.some((question) => question.isMultipleChoice)
      ? [t('sharesOfVoters')]
      : []),
  ]
  return <p className="poll-caption">{facts.join(' · ')}</p>
}
