import type { PollWidget } from '../control-schemas'
import { h } from './dom'

/**
 * The chat's own poll widget, as Bitrix24's messenger draws a poll message:
 * a ballot while the user may vote, the results once they did, and "Change
 * vote" when the poll allows it. Counts and shares show only once the user
 * voted or the poll finished, the total always (`canShowResults` in
 * src/components/vote-question/vote-question.js, in bitrix/modules/vote/
 * install/js/vote/component/vote/dist/vote.bundle.js.map).
 */

export interface WidgetActions {
  /** The answers ticked so far, kept across re-renders. */
  readonly choices: (questionId: number) => Set<number>
  readonly isChanging: boolean
  readonly vote: (ballot: Record<string, number[]>) => void
  readonly changeVote: () => void
  /** The author finishes the poll, or reopens a finished one. */
  readonly setFinished: (finished: boolean) => void
}

export function pollWidget(poll: PollWidget, actions: WidgetActions): HTMLElement {
  const showBallot = poll.canVote && (!poll.isVoted || actions.isChanging)
  return h(
    'section',
    { class: 'poll-widget', 'aria-label': 'Poll' },
    showBallot ? ballotForm(poll, actions) : results(poll, actions),
    h('p', { class: 'poll-facts' }, facts(poll)),
    poll.canEdit &&
      h(
        'button',
        {
          type: 'button',
          class: 'poll-author-action',
          id: `poll-${poll.attachId}-finish`,
          onclick: () => {
            actions.setFinished(!poll.isFinished)
          },
        },
        poll.isFinished ? 'Resume poll' : 'Finish poll',
      ),
  )
}

function showsResults(poll: PollWidget): boolean {
  return !poll.resultsHidden && (poll.isVoted || poll.isFinished)
}

function facts(poll: PollWidget): string {
  return [
    poll.resultsHidden
      ? 'results are hidden'
      : `${poll.voterCount} ${poll.voterCount === 1 ? 'vote' : 'votes'}`,
    poll.isAnonymous ? 'anonymous' : 'public',
    poll.questions.some((question) => question.multiple) ? 'multiple choice' : null,
    poll.allowsRevote ? null : 'votes are final',
    poll.isFinished ? 'finished' : null,
  ]
    .filter(Boolean)
    .join(' · ')
}

function ballotForm(poll: PollWidget, actions: WidgetActions): HTMLElement {
  const form = h(
    'form',
    {
      class: 'poll-ballot',
      onsubmit: (event: Event) => {
        event.preventDefault()
        actions.vote(
          Object.fromEntries(
            poll.questions.map((question) => [
              String(question.id),
              [...actions.choices(question.id)],
            ]),
          ),
        )
      },
    },
    ...poll.questions.map((question) =>
      h(
        'fieldset',
        { class: 'poll-question' },
        h('legend', { class: 'poll-question-text' }, question.text),
        h(
          'ul',
          { class: 'poll-answers' },
          ...question.answers.map((answer) => {
            const chosen = actions.choices(question.id)
            const input = h('input', {
              type: question.multiple ? 'checkbox' : 'radio',
              name: `poll-${poll.attachId}-${question.id}`,
              value: String(answer.id),
              checked: chosen.has(answer.id),
              onchange: (event: Event) => {
                const { checked } = event.target as HTMLInputElement
                if (!question.multiple) chosen.clear()
                if (checked) chosen.add(answer.id)
                else chosen.delete(answer.id)
              },
            })
            return h(
              'li',
              {},
              h(
                'label',
                { class: 'poll-option' },
                input,
                h('span', { class: 'poll-option-text' }, answer.text),
                showsResults(poll) &&
                  h(
                    'span',
                    { class: 'poll-answer-count' },
                    counts(answer.votes, question.voterCount),
                  ),
              ),
            )
          }),
        ),
      ),
    ),
    h('button', { type: 'submit', class: 'poll-vote' }, 'Vote'),
  )
  return form
}

function results(poll: PollWidget, actions: WidgetActions): HTMLElement {
  return h(
    'div',
    {},
    ...poll.questions.map((question) =>
      h(
        'div',
        { class: 'poll-question' },
        h('p', { class: 'poll-question-text' }, question.text),
        h(
          'ul',
          { class: 'poll-answers' },
          ...question.answers.map((answer) => {
            const share =
              question.voterCount > 0 ? (answer.votes * 100) / question.voterCount : 0
            return h(
              'li',
              { class: answer.isMine ? 'poll-answer poll-answer-mine' : 'poll-answer' },
              h('span', {}, answer.isMine ? `✓ ${answer.text}` : answer.text),
              showsResults(poll) &&
                h(
                  'span',
                  { class: 'poll-answer-count' },
                  `${answer.votes} · ${Math.round(share)}%`,
                ),
              showsResults(poll) &&
                h('span', {
                  class: 'poll-bar',
                  style: `--share: ${share}%`,
                  'aria-hidden': 'true',
                }),
            )
          }),
        ),
      ),
    ),
    poll.isVoted &&
      poll.canVote &&
      h(
        'button',
        { type: 'button', class: 'poll-change', onclick: actions.changeVote },
        'Change vote',
      ),
  )
}

/** "2 · 50%": an answer's votes and its share of the question's voters. */
function counts(votes: number, voters: number): string {
  return `${votes} · ${voters > 0 ? Math.round((votes * 100) / voters) : 0}%`
}
