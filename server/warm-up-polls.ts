import type { AttachInput } from '../src/features/poll/api/attach-payload.ts'
import type { PaintTask } from './paint-poll.ts'

/**
 * What a render thread paints before it takes its first POST: a render in a
 * fresh thread compiles React's server renderer, the app's components and
 * DOMPurify's walk over jsdom as it goes, and costs several times a later
 * one. Two small polls reach the app's two views, the results with both
 * charts and the ballot, each with a text with markup.
 */
export function warmUpTasks(): PaintTask[] {
  return [pollAttach({ isVoted: true }), pollAttach({ isVoted: false })].map(
    (attach) => ({
      lang: 'en',
      origin: 'https://warm-up.invalid',
      placement: { code: 'IM_CONTEXT_MENU', options: { messageId: '1' } },
      answer: new TextEncoder().encode(JSON.stringify({ result: { attach } })),
      markupBudget: { texts: Infinity, characters: Infinity },
    }),
  )
}

function pollAttach({ isVoted }: { isVoted: boolean }): AttachInput {
  const question = (id: string, chart: string) => ({
    ID: id,
    C_SORT: id,
    QUESTION: `<b>Question ${id}</b> to warm up`,
    QUESTION_TYPE: 'html',
    COUNTER: '2',
    FIELD_TYPE: id === '1' ? '0' : '1',
    ACTIVE: 'Y',
    REQUIRED: 'Y',
    DIAGRAM_TYPE: chart,
    ANSWERS: {
      [`${id}1`]: answer(`${id}1`, 'Yes', 2, 100),
      [`${id}2`]: answer(`${id}2`, 'No', 0, 0),
    },
  })
  return {
    ID: 1,
    COUNTER: '2',
    ANONYMITY: '1',
    OPTIONS: '1',
    QUESTIONS: { '1': question('1', 'histogram'), '2': question('2', 'circle') },
    userAnswerMap: isVoted ? { '1': { '11': {} }, '2': { '21': {} } } : [],
    canVote: true,
    canRevote: true,
    isVoted,
    isFinished: false,
    signedAttachId: 'warm-up',
  }
}

function answer(id: string, text: string, counter: number, percent: number) {
  return {
    ID: id,
    C_SORT: id,
    MESSAGE: text,
    MESSAGE_TYPE: 'text',
    COUNTER: String(counter),
    PERCENT: percent,
  }
}
