import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { unvotedPollResult } from '../e2e/portal/testing/poll-answer'
import type { TextType } from '../e2e/portal/vote/poll'
import { startAppServer } from '../server/app-server'
import { renderWorkerBundle } from '../server/render-worker-bundle'
import { votedAttach } from '../src/testing/fixtures/attach'

/**
 * `npm run bench:server`: the app's server, with its real limits, against
 * portals that answer as a hostile one would (a gzip bomb, megabytes of
 * nested `[`, a poll padded to 400 MB) and against the largest real answers.
 * For each: how long the page takes to come back and whether the poll is in
 * it, how long the server's event loop was blocked and other requests (a
 * GET /healthz every 20 ms) stalled meanwhile, and the server's memory.
 * Settings: `BENCH_SERVER_RUNS` (3).
 */

const runs = Number(process.env.BENCH_SERVER_RUNS ?? 3)
const root = resolve(import.meta.dirname, '..')
const PAGE =
  '<!doctype html><html lang="en"><head><title>Chat Poll</title></head><body><div id="root"></div></body></html>'

/** A feed poll of `questions` × `answers`, its texts `question` and `answer` characters long. */
function feedPollAnswer(
  textType: TextType,
  question: number,
  answer: number,
  { questions, answers } = { questions: 20, answers: 50 },
): string {
  const text = (length: number, index: number) => {
    const unit =
      textType === 'html'
        ? `<b>Option ${index}</b> with <i>formatting</i>, a <a href="https://example.com/${index}">link</a> &amp; text. `
        : `Option ${index} with some words of explanation. `
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
  }
  const result = unvotedPollResult(
    textType,
    Array.from({ length: questions }, (_, q) => ({
      text: text(question, q),
      answers: Array.from({ length: answers }, (_, a) => text(answer, a)),
    })),
  )
  return JSON.stringify({ result, time: {} })
}

const realAnswers = {
  chat: JSON.stringify({ result: { attach: votedAttach() }, time: {} }),
  feedPlain: feedPollAnswer('text', 40, 30),
  feedHtml: feedPollAnswer('html', 1000, 500),
  // As many texts with markup as the server paints (RENDER_LIMITS.markupBudget).
  budgetHtml: feedPollAnswer('html', 1000, 500, { questions: 4, answers: 4 }),
}

interface Scenario {
  readonly name: string
  readonly portal: string
  readonly atOnce: number
}

const scenarios: Scenario[] = [
  { name: 'gzip bomb: 512 MiB of poll', portal: 'bomb', atOnce: 1 },
  { name: 'the same, 3 at once', portal: 'bomb', atOnce: 3 },
  { name: 'the same, 20 at once', portal: 'bomb', atOnce: 20 },
  { name: '20 MB of nested [', portal: 'nested20', atOnce: 1 },
  { name: '40 MB of nested [', portal: 'nested40', atOnce: 1 },
  { name: 'a valid poll padded to 400 MB', portal: 'padded400', atOnce: 1 },
  { name: 'a poll padded with 5 MB of values: 0,0,0,…', portal: 'values', atOnce: 1 },
  { name: "the docs' example chat poll (real)", portal: 'chat', atOnce: 1 },
  {
    name: `a 20 × 50 plain feed poll, ${kB(realAnswers.feedPlain)} (real)`,
    portal: 'feedPlain',
    atOnce: 1,
  },
  {
    name: `a 4 × 4 HTML feed poll, 20 texts with markup, ${kB(realAnswers.budgetHtml)} (real)`,
    portal: 'budgetHtml',
    atOnce: 1,
  },
  {
    name: `a 20 × 50 HTML feed poll, ${kB(realAnswers.feedHtml)} (largest real)`,
    portal: 'feedHtml',
    atOnce: 1,
  },
  {
    name: 'the same, 8 at once',
    portal: 'feedHtml',
    atOnce: 8,
  },
]

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`
}

function kB(text: string): string {
  return megabytes(Buffer.byteLength(text))
}

const dist = await mkdtemp(join(tmpdir(), 'bench-server-'))
await writeFile(join(dist, 'index.html'), PAGE)
const answersFile = join(dist, 'answers.json')
await writeFile(answersFile, JSON.stringify(realAnswers))

const portalProcess = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'bench/hostile-portal.ts'), answersFile],
  { stdio: ['ignore', 'pipe', 'inherit'] },
)
const [firstLine] = (await once(
  createInterface({ input: portalProcess.stdout }),
  'line',
)) as [string]
const { ports, bombBytes } = JSON.parse(firstLine) as {
  ports: Record<string, number>
  bombBytes: number
}
const hostOf = (portal: string) => `127.0.0.1:${String(ports[portal])}`

const app = await startAppServer({
  root: dist,
  portalOrigins: Object.keys(ports).map((portal) => `http://${hostOf(portal)}`),
  firstPaint: { renderWorker: await renderWorkerBundle() },
})

async function openFromPortal(portal: string): Promise<{ ms: number; painted: boolean }> {
  const started = performance.now()
  const query = new URLSearchParams({ DOMAIN: hostOf(portal), PROTOCOL: '0', LANG: 'en' })
  const response = await fetch(`${app.url}?${query.toString()}`, {
    method: 'POST',
    body: new URLSearchParams({
      AUTH_ID: 'token',
      PLACEMENT: 'IM_CONTEXT_MENU',
      PLACEMENT_OPTIONS: '{"messageId":"1002"}',
    }),
  })
  const html = await response.text()
  return { ms: performance.now() - started, painted: html !== PAGE }
}

/**
 * GET /healthz every 20 ms until stopped: the longest any of them was late,
 * from when it was due to when its answer came, so a block that delays the
 * sending counts too.
 */
function pingHealth(): { stop: () => Promise<number> } {
  const state = { running: true }
  let longest = 0
  const loop = (async () => {
    while (state.running) {
      const due = performance.now() + 20
      await new Promise((resolve) => setTimeout(resolve, 20))
      // A request caught in a long block can be cut off as too slow: it stalled all the same.
      await fetch(new URL('/healthz', app.url))
        .then((response) => response.text())
        .catch(() => undefined)
      longest = Math.max(longest, performance.now() - due)
    }
  })()
  return {
    stop: async () => {
      state.running = false
      await loop
      return longest
    },
  }
}

function collectGarbage() {
  ;(globalThis as { gc?: () => void }).gc?.()
}

interface Figures {
  pageBackMs: number[]
  painted: number
  loopBlockedMs: number
  stallMs: number
  rssBeforeMb: number
  rssPeakMb: number
}

async function measure(scenario: Scenario): Promise<Figures> {
  collectGarbage()
  await new Promise((resolve) => setTimeout(resolve, 200))
  const rssBefore = process.memoryUsage.rss()
  let rssPeak = rssBefore
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss())
  }, 5)
  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  const health = pingHealth()
  const opened = await Promise.all(
    Array.from({ length: scenario.atOnce }, () => openFromPortal(scenario.portal)),
  )
  const stallMs = await health.stop()
  loop.disable()
  clearInterval(sampler)
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss())
  return {
    pageBackMs: opened.map((open) => open.ms),
    painted: opened.filter((open) => open.painted).length,
    loopBlockedMs: loop.max / 1e6,
    stallMs,
    rssBeforeMb: rssBefore / 1e6,
    rssPeakMb: rssPeak / 1e6,
  }
}

const rows: string[][] = []
// One untimed pass warms the renderer up, as a running server is.
await measure(scenarios[0] as Scenario)
for (const scenario of scenarios) {
  const figures: Figures[] = []
  for (let run = 0; run < runs; run += 1) figures.push(await measure(scenario))
  const all = figures.flatMap((figure) => figure.pageBackMs)
  const painted = figures.reduce((sum, figure) => sum + figure.painted, 0)
  rows.push([
    scenario.name,
    `${ms(Math.min(...all))}–${ms(Math.max(...all))}`,
    `${String(painted)}/${String(all.length)}`,
    spread(figures.map((figure) => figure.loopBlockedMs)),
    spread(figures.map((figure) => figure.stallMs)),
    `${mb(Math.min(...figures.map((figure) => figure.rssBeforeMb)))} → ${mb(Math.max(...figures.map((figure) => figure.rssPeakMb)))}`,
  ])
}

/** Median and longest, the machine's other work moving the longest most. */
function spread(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0
  return `${ms(median)} (max ${ms(sorted.at(-1) ?? 0)})`
}

function ms(value: number): string {
  return `${Math.round(value).toLocaleString('en')} ms`
}

function mb(value: number): string {
  return `${Math.round(value).toLocaleString('en')} MB`
}

const header = [
  'the portal answers',
  'page back after',
  'painted',
  'event loop blocked, median',
  'other requests stalled, median',
  'server memory (RSS)',
]
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
)
const line = (cells: string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
console.log(`\n${String(runs)} runs each; the bomb is ${megabytes(bombBytes)} of gzip.\n`)
console.log(line(header))
console.log(line(widths.map((width) => '-'.repeat(width))))
for (const row of rows) console.log(line(row))

await app.close()
portalProcess.kill()
await rm(dist, { recursive: true, force: true })
