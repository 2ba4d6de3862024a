import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { fakePortal, pollCalls } from '@/testing/fake-portal'
import { onlyQuestion, votedAttach } from '@/testing/fixtures/attach'
import { renderPollScreen } from '@/testing/render'

/** A news-feed poll of 20 questions with 50 answers each, built from the docs example. */
function longFeedPoll() {
  const attach = votedAttach()
  const template = onlyQuestion(attach)
  const answerTemplate = Object.values(template.ANSWERS)[0] ?? {}
  attach.QUESTIONS = Object.fromEntries(
    Array.from({ length: 20 }, (_, q) => {
      const questionId = String(q + 1)
      const answers = Object.fromEntries(
        Array.from({ length: 50 }, (_, a) => {
          const answerId = String(q * 50 + a + 1)
          return [
            answerId,
            {
              ...answerTemplate,
              ID: answerId,
              C_SORT: String((a + 1) * 10),
              MESSAGE: `Answer ${q + 1}.${a + 1}`,
            },
          ]
        }),
      )
      return [
        questionId,
        {
          ...template,
          ID: questionId,
          C_SORT: String((q + 1) * 10),
          QUESTION: `Question ${q + 1}`,
          ANSWERS: answers,
        },
      ]
    }),
  )
  attach.userAnswerMap = { '1': { '1': { ANSWER_ID: '1' } } }
  return attach
}

describe('a long news-feed poll', () => {
  // Rendering 1 000 answers in jsdom takes 3 to 7 s of CPU on its own; on a
  // machine running other jobs beside the suite it has taken over 20 s. The
  // limit is there to catch a hang, not to time the render: the bench does that.
  test(
    'shows every question and every answer, in order',
    { timeout: 60_000 },
    async () => {
      const portal = fakePortal({
        'vote.AttachedVote.get': () => ({ attach: longFeedPoll() }),
      })
      renderPollScreen(portal, { attachId: 1 })

      // Waiting by text: a role query reads the whole tree again on each try.
      await screen.findByText('Question 20', {}, { timeout: 50_000 })
      // `hidden: true` spares each query a style computation per ancestor of
      // every element, seconds over 1 000 answers in jsdom; the last answer
      // being visible is checked once below.
      const groups = screen.getAllByRole('group', { hidden: true })
      expect(
        groups.map(
          (group) => within(group).getAllByRole('meter', { hidden: true }).length,
        ),
      ).toEqual(Array.from({ length: 20 }, () => 50))
      expect(
        within(groups[0] ?? document.body).getAllByRole('meter')[0],
      ).toHaveAccessibleName('Answer 1.1')
      expect(
        within(groups[19] ?? document.body).getAllByRole('meter', { hidden: true })[49],
      ).toBeVisible()
      expect(pollCalls(portal)).toEqual(['vote.AttachedVote.get'])
    },
  )
})
