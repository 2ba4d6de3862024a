import { lazyWithPreload } from '@/components/lazy-with-preload'
import { resultsView, type Poll } from './poll'
import { readyToShow } from './poll-text/sanitizer'

/*
 * Parts of the poll that a first look does not need, each in a chunk of its
 * own, so the first load stays within its budget (.size-limit.js).
 */

/** Who voted, on the rows of public polls whose results show. */
export const answerVoters = lazyWithPreload(() => import('./components/answer-voters'))

/** The donut of a question drawn as a circle: fetched with the poll that has one. */
export const pieChart = lazyWithPreload(() => import('./components/pie-chart'))

/** Undo after a withdrawal: fetched once Withdraw my vote is on screen, so it is there when needed. */
export const undoWithdrawal = lazyWithPreload(
  () => import('./components/undo-withdrawal'),
)

/** Why a vote, a change, an undo or a withdrawal did not go through: only a failure needs it. */
export const changeError = lazyWithPreload(() => import('./components/change-error'))

/**
 * Resolves once the code the poll needs to be shown whole is loaded: the
 * sanitiser for HTML texts, and, like it, the donut's chunk for a circle
 * diagram, so the first poll to need either never appears without it. Every
 * call that answers with a poll (get, vote, recall) awaits it before the
 * poll reaches the cache.
 */
export async function preloadFor(poll: Poll): Promise<void> {
  const drawsDonut =
    resultsView(poll) === 'shown' && poll.questions.some((q) => q.chart === 'pie')
  await Promise.all([
    readyToShow(poll),
    // A failed download fails the donut where it is drawn, not the poll's read.
    drawsDonut && pieChart.preload().catch(() => undefined),
  ])
}
