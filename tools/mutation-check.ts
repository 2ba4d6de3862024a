/**
 * `npm run test:mutation`: takes away, one at a time, each guard of the vote
 * and withdraw paths and checks that a unit test notices. Each mutant is a
 * textual change to a copy of the working tree in a temporary folder, so the
 * tree itself is never touched; the mutant is then run against the tests
 * named for it. A mutant no test fails "survives": that guard is unheld, and
 * the run exits with 1. A replacement whose text is no longer in its file
 * makes the run fail too, so the table cannot quietly go stale.
 *
 * Usage: `npm run test:mutation` (every mutant) or `npm run test:mutation --
 * cancel scope` (those whose names contain any of the words).
 */
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'

interface Mutation {
  /** What the guard is for, in a few words. */
  readonly name: string
  readonly file: string
  readonly from: string
  readonly to: string
  /** The tests that hold this guard, relative to the repository. */
  readonly tests: readonly string[]
}

const POLL = 'src/features/poll'
const API = `${POLL}/api`
const COMPONENTS = `${POLL}/components`
const CHANGE_TESTS = [`${API}/confirm-change.test.ts`, `${API}/recall-vote.test.ts`]
const POLL_TESTS = [`${POLL}/poll.test.ts`]
const SCREEN_TESTS = [
  `${COMPONENTS}/poll-reach-and-changes.test.tsx`,
  `${COMPONENTS}/withdraw-vote-faults.test.tsx`,
  `${COMPONENTS}/voting.test.tsx`,
  `${COMPONENTS}/poll-screen.test.tsx`,
]
const HOOK_TESTS = [`${API}/poll-changes.test.tsx`]
const SANITIZER_TESTS = [`${POLL}/poll-text/sanitizer-loading.test.ts`]

// prettier-ignore
const MUTATIONS: readonly Mutation[] = [
  // The change machinery shared by votes and withdrawals.
  { name: 'cancel reads in flight before a change', file: `${API}/poll-changes.ts`, from: '    onMutate: () => queryClient.cancelQueries({ queryKey }),\n', to: '', tests: [...HOOK_TESTS, ...SCREEN_TESTS] },
  { name: 'one scope queues changes of a poll', file: `${API}/poll-changes.ts`, from: '    scope: { id: JSON.stringify(queryKey) },\n', to: '', tests: HOOK_TESTS },
  { name: 'busy while a change is on its way', file: `${API}/poll-changes.ts`, from: 'busy: !hydrated || changing,', to: 'busy: !hydrated,', tests: SCREEN_TESTS },
  { name: 'isFree turns away a second change', file: `${API}/poll-changes.ts`, from: 'isFree: () => queryClient.isMutating({ mutationKey }) === 0,', to: 'isFree: () => true,', tests: SCREEN_TESTS },
  { name: 'a failed change renders its fresh read', file: `${API}/poll-changes.ts`, from: 'if (error instanceof ChangeFailedError) {', to: 'if (false) {', tests: SCREEN_TESTS },
  { name: 'an unknown outcome is read again', file: `${API}/poll-changes.ts`, from: '      void reread()\n    },', to: '    },', tests: SCREEN_TESTS },
  { name: 'no focus read while a change is on its way', file: 'src/app/query-client.ts', from: 'query.state.data !== undefined && queryClient.isMutating() === 0', to: 'query.state.data !== undefined', tests: ['src/app/fresh-numbers.test.tsx'] },
  { name: 'no focus read of a read that failed', file: 'src/app/query-client.ts', from: 'query.state.data !== undefined && queryClient.isMutating() === 0', to: 'queryClient.isMutating() === 0', tests: ['src/app/fresh-numbers.test.tsx'] },

  // confirmChange: judging a change by a fresh read, within the deadline.
  { name: 'a change to a poll out of reach ends at once', file: `${API}/confirm-change.ts`, from: '      if (outOfReach(error)) throw error\n', to: '', tests: CHANGE_TESTS },
  { name: 'a fresh read of a poll out of reach ends it', file: `${API}/confirm-change.ts`, from: '      if (outOfReach(readError)) throw readError\n', to: '', tests: CHANGE_TESTS },
  { name: 'the change races the deadline', file: `${API}/confirm-change.ts`, from: 'return await Promise.race([attempt, deadline])', to: 'return await attempt', tests: CHANGE_TESTS },
  { name: 'the fresh read races the deadline', file: `${API}/confirm-change.ts`, from: 'poll = await Promise.race([reread(), deadline])', to: 'poll = await reread()', tests: CHANGE_TESTS },
  { name: 'the deadline is 15 s', file: `${API}/confirm-change.ts`, from: 'export const ANSWER_DEADLINE_MS = 15_000', to: 'export const ANSWER_DEADLINE_MS = 30_000', tests: CHANGE_TESTS },
  { name: 'a late answer is passed on', file: `${API}/confirm-change.ts`, from: 'attempt.then(onLateAnswer, onLateAnswer)', to: 'attempt.catch(() => undefined)', tests: CHANGE_TESTS },
  { name: 'a fresh read that shows no change is a failure', file: `${API}/confirm-change.ts`, from: 'if (happened(poll)) return poll', to: 'return poll', tests: CHANGE_TESTS },
  { name: 'a fresh read that shows the change is a success', file: `${API}/confirm-change.ts`, from: 'if (happened(poll)) return poll', to: 'if (!poll) return poll', tests: CHANGE_TESTS },

  // Votes.
  { name: 'a vote answered without attach is a refusal', file: `${API}/cast-vote.ts`, from: 'if (attach === undefined) throw new VoteRefusedError()', to: '', tests: [...CHANGE_TESTS, ...SCREEN_TESTS] },
  { name: 'a vote happened when the poll shows its ballot', file: `${API}/cast-vote.ts`, from: 'happened: (poll) => hasBallot(poll, ballot),', to: 'happened: (poll) => poll.isVoted,', tests: CHANGE_TESTS },
  { name: 'hasBallot needs a vote', file: `${POLL}/poll.ts`, from: '    poll.isVoted &&\n', to: '', tests: POLL_TESTS },
  { name: 'hasBallot needs every question the poll shows', file: `${POLL}/poll.ts`, from: 'sent.length === Object.keys(mine).length &&', to: '', tests: POLL_TESTS },
  { name: 'hasBallot needs exactly the answers sent', file: `${POLL}/poll.ts`, from: 'a.length === b.length && a.every', to: 'a.every', tests: POLL_TESTS },
  { name: 'a required question blocks the ballot', file: `${POLL}/poll.ts`, from: 'if (missing.length > 0) {', to: 'if (false) {', tests: [...POLL_TESTS, ...SCREEN_TESTS] },
  { name: 'an empty ballot is not sent', file: `${COMPONENTS}/ballot-form.tsx`, from: '    if (problem) {', to: '    if (false) {', tests: SCREEN_TESTS },
  { name: 'a second submit waits for the first', file: `${COMPONENTS}/ballot-form.tsx`, from: '    if (!changes.isFree()) return\n', to: '', tests: SCREEN_TESTS },
  { name: 'cancel waits for the vote', file: `${COMPONENTS}/ballot-form.tsx`, from: 'if (changes.isFree()) onCancel()', to: 'onCancel()', tests: SCREEN_TESTS },
  { name: 'the ballot shows where the user can vote', file: `${COMPONENTS}/poll-view.tsx`, from: 'const voting = poll.canVote || (changing && canWithdraw(poll))', to: 'const voting = changing && canWithdraw(poll)', tests: SCREEN_TESTS },
  { name: 'a change of vote ends when it is no longer allowed', file: `${COMPONENTS}/poll-view.tsx`, from: 'const voting = poll.canVote || (changing && canWithdraw(poll))', to: 'const voting = poll.canVote || changing', tests: SCREEN_TESTS },
  { name: 'Change my vote only where votes can change', file: `${COMPONENTS}/poll-view.tsx`, from: 'besideButton={\n                    canWithdraw(poll) && (', to: 'besideButton={\n                    (', tests: SCREEN_TESTS },

  // Withdrawals and their undo.
  { name: 'a recall answered without attach is a refusal', file: `${API}/recall-vote.ts`, from: 'if (attach === undefined) throw new RecallRefusedError()', to: '', tests: CHANGE_TESTS },
  { name: 'a recall that leaves the vote is a refusal', file: `${API}/recall-vote.ts`, from: 'if (poll.isVoted) throw new RecallRefusedError()', to: '', tests: CHANGE_TESTS },
  { name: 'a withdrawal happened when the vote is gone', file: `${API}/recall-vote.ts`, from: 'happened: (poll) => !poll.isVoted,', to: 'happened: (poll) => poll.isVoted,', tests: CHANGE_TESTS },
  { name: 'no withdrawal from a finished poll', file: `${POLL}/poll.ts`, from: 'return poll.isVoted && poll.canRevote && !poll.isFinished', to: 'return poll.isVoted && poll.canRevote', tests: POLL_TESTS },
  { name: 'no withdrawal where votes are final', file: `${POLL}/poll.ts`, from: 'return poll.isVoted && poll.canRevote && !poll.isFinished', to: 'return poll.isVoted && !poll.isFinished', tests: [...POLL_TESTS, ...SCREEN_TESTS] },
  { name: 'no withdrawal without a vote', file: `${POLL}/poll.ts`, from: 'return poll.isVoted && poll.canRevote && !poll.isFinished', to: 'return poll.canRevote && !poll.isFinished', tests: POLL_TESTS },
  { name: 'a change button does nothing when not allowed', file: `${COMPONENTS}/change-button.tsx`, from: 'if (allowed && changes.isFree()) onClick()', to: 'if (changes.isFree()) onClick()', tests: SCREEN_TESTS },
  { name: 'a change button waits for a change on its way', file: `${COMPONENTS}/change-button.tsx`, from: 'if (allowed && changes.isFree()) onClick()', to: 'if (allowed) onClick()', tests: SCREEN_TESTS },
  { name: 'a change button says when it is not allowed', file: `${COMPONENTS}/change-button.tsx`, from: 'aria-disabled={!allowed || changes.busy}', to: 'aria-disabled={changes.busy}', tests: SCREEN_TESTS },
  { name: 'withdrawing a finished poll says why not', file: `${COMPONENTS}/withdraw-vote.tsx`, from: 'const reason = poll.isFinished', to: 'const reason = false', tests: SCREEN_TESTS },
  { name: 'a withdrawal refused by a finished poll says so', file: `${COMPONENTS}/withdraw-vote.tsx`, from: "if (error.poll.isFinished) return t('withdrawPollClosed')", to: '', tests: SCREEN_TESTS },
  { name: 'a refused withdrawal is told as a refusal', file: `${COMPONENTS}/withdraw-vote.tsx`, from: "if (isRefusal(error.cause)) return t('withdrawRefused')", to: "if (false) return t('withdrawRefused')", tests: SCREEN_TESTS },
  { name: 'the undo goes once the vote is back', file: `${COMPONENTS}/poll-view.tsx`, from: 'const undo = undoBallot && !poll.isVoted && !poll.isFinished && (', to: 'const undo = undoBallot && !poll.isFinished && (', tests: SCREEN_TESTS },
  { name: 'no undo in a finished poll', file: `${COMPONENTS}/poll-view.tsx`, from: 'const undo = undoBallot && !poll.isVoted && !poll.isFinished && (', to: 'const undo = undoBallot && !poll.isVoted && (', tests: SCREEN_TESTS },
  { name: 'the undo stays while its vote is on its way', file: `${COMPONENTS}/undo-withdrawal.tsx`, from: 'hovered || keyboardFocus || changes.busy,', to: 'hovered || keyboardFocus,', tests: SCREEN_TESTS },
  { name: 'the undo stands still under the pointer', file: `${COMPONENTS}/undo-withdrawal.tsx`, from: 'hovered || keyboardFocus || changes.busy,', to: 'keyboardFocus || changes.busy,', tests: SCREEN_TESTS },
  { name: 'results wait for a member’s vote', file: `${POLL}/poll.ts`, from: "poll.isVoted || poll.isFinished || poll.canEdit ? 'shown' : 'after-voting'", to: "'shown'", tests: POLL_TESTS },
  { name: 'single-choice shares add up to 100', file: `${POLL}/poll.ts`, from: 'for (const { index } of byFraction.slice(0, leftOver))', to: 'for (const { index } of byFraction.slice(0, 0))', tests: POLL_TESTS },

  // Telling the outcome.
  { name: 'a vote refused by a finished poll says so', file: `${COMPONENTS}/vote-error.tsx`, from: 'if (error.poll.isFinished) {', to: 'if (false) {', tests: SCREEN_TESTS },
  { name: 'a refused change that lost the vote says so', file: `${COMPONENTS}/vote-error.tsx`, from: "if (isChange && !error.poll.isVoted) return [t('voteChangeLostPrevious'), false]", to: '', tests: SCREEN_TESTS },
  { name: 'a refused vote is told as a refusal', file: `${COMPONENTS}/vote-error.tsx`, from: 'if (isRefusal(error.cause)) {', to: 'if (false) {', tests: SCREEN_TESTS },
  { name: 'an empty vote answer is a refusal', file: `${API}/refusals.ts`, from: 'error instanceof VoteRefusedError ||', to: '', tests: SCREEN_TESTS },
  { name: 'an empty recall answer is a refusal', file: `${API}/refusals.ts`, from: 'error instanceof RecallRefusedError ||', to: '', tests: SCREEN_TESTS },
  { name: 'the docs’ "400" is a refusal', file: `${API}/refusals.ts`, from: "(error instanceof RestError && error.code === '400')", to: 'false', tests: SCREEN_TESTS },
  { name: 'a deleted poll is out of reach', file: `${API}/poll-out-of-reach.ts`, from: "if (error.code === 'ATTACH_NOT_FOUND') return 'not-found'", to: '', tests: CHANGE_TESTS },
  { name: 'the documented read denial is out of reach', file: `${API}/poll-out-of-reach.ts`, from: "error.code === 'ATTACH_READ_ACCESS_DENIED' ||", to: '', tests: [`${API}/poll-out-of-reach.test.ts`] },
  { name: 'the read denial as sent is out of reach', file: `${API}/poll-out-of-reach.ts`, from: 'error.message.trim() === READ_ACCESS_DENIED', to: 'false', tests: CHANGE_TESTS },
  { name: 'a poll out of reach leaves the screen', file: `${COMPONENTS}/poll-screen.tsx`, from: 'const gone = poll.isError && outOfReach(poll.error) !== undefined', to: 'const gone = false', tests: SCREEN_TESTS },

  // The sanitiser: every call that delivers a poll waits for it.
  { name: 'a poll with HTML waits for the sanitiser', file: `${POLL}/poll-text/sanitizer.ts`, from: '  if (hasHtml(poll)) await loadSanitizer()\n', to: '', tests: SANITIZER_TESTS },
  { name: 'a plain poll does not load the sanitiser', file: `${POLL}/poll-text/sanitizer.ts`, from: '  if (hasHtml(poll)) await loadSanitizer()\n', to: '  await loadSanitizer()\n', tests: SANITIZER_TESTS },
  { name: 'a vote waits for the sanitiser', file: `${API}/cast-vote.ts`, from: 'return pollToShow(attach)', to: "return (await import('./attach-payload')).parseAttach(attach)", tests: SANITIZER_TESTS },
  { name: 'a withdrawal waits for the sanitiser', file: `${API}/recall-vote.ts`, from: 'const poll = await pollToShow(attach)', to: "const poll = (await import('./attach-payload')).parseAttach(attach)", tests: SANITIZER_TESTS },
  { name: 'a read waits for the sanitiser', file: `${API}/get-poll.ts`, from: 'return pollToShow(attachOf(result))', to: "return (await import('./attach-payload')).parseAttach(attachOf(result))", tests: SANITIZER_TESTS },
]

/**
 * `killed`: a test failed; `survived`: every test passed; `broken`: the run
 * itself failed (no tests found, a file did not load); `stale`: the text to
 * replace is not in its file exactly once.
 */
type Outcome = 'killed' | 'survived' | 'broken' | 'stale'

interface Result {
  readonly outcome: Outcome
  /** The first test that failed, for a killed mutant. */
  readonly failedTest?: string
}

function main(): number {
  const words = process.argv.slice(2)
  const chosen = words.length
    ? MUTATIONS.filter((m) => words.some((word) => m.name.includes(word)))
    : MUTATIONS
  const root = process.cwd()
  const copy = copyOfWorkingTree(root)
  const removeCopy = () => {
    rmSync(copy, { recursive: true, force: true })
  }
  process.on('SIGINT', () => {
    removeCopy()
    process.exit(130)
  })
  try {
    const allTests = [...new Set(chosen.flatMap((m) => m.tests))]
    if (runTests(copy, allTests).outcome !== 'survived') {
      console.error('The unmutated tests do not pass; fix them first.')
      return 1
    }
    let problems = 0
    for (const [index, mutation] of chosen.entries()) {
      const { outcome, failedTest } = runMutant(copy, mutation)
      const label = `${String(index + 1).padStart(2)}/${String(chosen.length)}`
      const by = failedTest ? `  (by ${failedTest})` : ''
      console.log(`${label} ${outcome.padEnd(8)} ${mutation.name}${by}`)
      if (outcome !== 'killed') problems += 1
    }
    console.log(
      problems === 0
        ? `Every one of ${String(chosen.length)} guards is held by a test.`
        : `${String(problems)} of ${String(chosen.length)} mutants not killed.`,
    )
    return problems === 0 ? 0 : 1
  } finally {
    removeCopy()
  }
}

function runMutant(copy: string, mutation: Mutation): Result {
  const path = join(copy, mutation.file)
  const original = readFileSync(path, 'utf8')
  const at = original.indexOf(mutation.from)
  if (at === -1 || original.indexOf(mutation.from, at + 1) !== -1) {
    return { outcome: 'stale' }
  }
  writeFileSync(path, original.replace(mutation.from, mutation.to))
  try {
    return runTests(copy, mutation.tests)
  } finally {
    writeFileSync(path, original)
  }
}

function runTests(copy: string, tests: readonly string[]): Result {
  const report = join(copy, 'mutation-report.json')
  rmSync(report, { force: true })
  const run = spawnSync(
    process.execPath,
    [
      join(copy, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--bail=1',
      '--reporter=json',
      `--outputFile=${report}`,
      ...tests,
    ],
    { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let summary: JsonReport
  try {
    summary = JSON.parse(readFileSync(report, 'utf8')) as JsonReport
  } catch {
    return { outcome: 'broken' }
  }
  for (const file of summary.testResults) {
    const failed = file.assertionResults.find((test) => test.status === 'failed')
    if (failed) {
      return {
        outcome: 'killed',
        failedTest: `${relative(copy, file.name)} › ${failed.fullName}`,
      }
    }
  }
  if (run.status === 0 && summary.numPassedTests > 0) return { outcome: 'survived' }
  return { outcome: 'broken' }
}

/** What of Vitest's JSON report this reads. */
interface JsonReport {
  readonly numPassedTests: number
  readonly testResults: readonly {
    readonly name: string
    readonly assertionResults: readonly {
      readonly fullName: string
      readonly status: string
    }[]
  }[]
}

/** The tracked and untracked, not ignored, files of the working tree, with node_modules linked. */
function copyOfWorkingTree(root: string): string {
  const files = spawnSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
  if (files.status !== 0) throw new Error(`git ls-files failed: ${files.stderr}`)
  const copy = mkdtempSync(join(tmpdir(), 'mutation-check-'))
  // Files deleted in the working tree are still listed as tracked.
  for (const file of files.stdout
    .split('\0')
    .filter((f) => f && existsSync(join(root, f)))) {
    mkdirSync(dirname(join(copy, file)), { recursive: true })
    cpSync(join(root, file), join(copy, file))
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir')
  return copy
}

process.exitCode = main()
