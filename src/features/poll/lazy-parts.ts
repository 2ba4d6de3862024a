import { lazyWithPreload } from '@/components/lazy-with-preload'

// Parts of the poll that a first look does not need, each in a chunk of its
// own, so the first load stays within its budget (.size-limit.js).

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
