import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { chromium, type Browser, type Frame, type Page } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build, type Rolldown } from 'vite'
import { BENCH_CHAT_POLL, BENCH_FEED_POLL } from '@chat-poll/simulated-portal'
import { PortalClient, type PortalSession } from '@chat-poll/simulated-portal/client'
import { WHO_VOTED_READS } from '../e2e/support/poll-calls'
import { findChromium } from '../e2e/support/chromium'
import { startAppInPortal } from '../e2e/support/start-app-in-portal'
import { BENCH_MARKS } from '../src/lib/bench-marks'
import { bundleSizes, type BundleSizes } from './bundle-sizes'

/**
 * `npm run bench`: how fast the production build opens and reacts inside the
 * simulated portal, against a bare page with the same React and SDK, on a
 * throttled CPU and a slow network. The app opens both ways in the same run:
 * painted by its server from the portal's POST, and served as a file, reading
 * the poll itself. Prints a table and writes bench/last-run.json.
 */

const settings = {
  runs: Number(process.env.BENCH_RUNS ?? 7),
  warmups: Number(process.env.BENCH_WARMUPS ?? 1),
  latencyMs: Number(process.env.BENCH_LATENCY_MS ?? 50),
  cpuSlowdown: Number(process.env.BENCH_CPU_SLOWDOWN ?? 4),
}

const root = resolve(import.meta.dirname, '..')
/** Each figure's target, as a share of the baseline's own figure in the same run. */
const TARGETS = {
  serverFirstOpen: 0.5,
  servedAsFileOpen: 0.9,
  /** Against the baseline's poll on screen: ready for input before the baseline shows it. */
  serverFirstHydrated: 0.8,
  clickToCounters: 0.75,
}
const baselineOut = resolve(root, 'node_modules/.cache/bench-baseline')

interface Target {
  readonly portalUrl: string
  readonly appOrigin: string
  /** The reads the page sends by itself once the poll shows, done before a click. */
  readonly openingReads: ReadonlySet<string>
}

interface OpenResult {
  /** From the portal creating the frame to the poll on screen. */
  readonly coldOpenMs: number
  /** From the frame's creation to the app's first render of the poll (its hydration, where painted first). */
  readonly renderedMs: number
  /** From the frame's creation to the SDK connected: a click before it waits for it. */
  readonly connectedMs: number
  /** From the `get` answer to the poll on screen; `NaN` where the page made no `get`. */
  readonly renderMs: number
  /** REST calls the portal received while the app opened, the server's included. */
  readonly openCalls: number
  /** REST calls the page itself sent to open. */
  readonly pageCalls: number
}

/** The CORS preflights the portal answered, by the action whose call they came before. */
interface Preflights {
  /** Reading the poll (and anything else the page reads to show it). */
  readonly open: number
  /** Reading who voted (`getWithVoted`, `getAnswerVoted`). */
  readonly whoVoted: number
  readonly withdraw: number
  readonly vote: number
}

const ACTION_OF_METHOD: Record<string, keyof Preflights> = {
  'vote.attachedvote.getwithvoted': 'whoVoted',
  'vote.attachedvote.getanswervoted': 'whoVoted',
  'vote.attachedvote.recall': 'withdraw',
  'vote.attachedvote.vote': 'vote',
}

interface WithdrawResult {
  readonly clickToCountersMs: number
  /** Time the SDK takes before the request leaves (rate limiter, axios). */
  readonly clickToRequestMs: number
  readonly recallRoundTripMs: number
  /** Parsing, the cache update, React's render and the paint. */
  readonly responseToCountersMs: number
  readonly withdrawCalls: number
  readonly refetchesAfter: number
}

/** What one counted run measured: each way of opening the app, and the app at work. */
interface Run {
  readonly baselineOpen: OpenResult
  /** The baseline's own withdrawal: React and the SDK with nothing else on the way. */
  readonly baselineWithdrawal: WithdrawResult
  readonly baselinePreflights: Preflights
  readonly serverFirstOpen: OpenResult
  readonly serverFirstPreflights: Preflights
  readonly appOpen: OpenResult
  readonly withdrawal: WithdrawResult
  /** The app served as a file: opened, who voted read, the vote withdrawn and cast again. */
  readonly appPreflights: Preflights
  /** The app's render of the long news-feed poll. */
  readonly feedRenderMs: number
}

async function main() {
  console.log('Building the app and the baseline…')
  const appSizes = await buildBundle({ configFile: resolve(root, 'vite.config.ts') })
  const baselineSizes = await buildBundle({
    configFile: false,
    root: resolve(root, 'bench/baseline'),
    plugins: [react()],
    build: { outDir: baselineOut, emptyOutDir: true, target: 'es2022' },
  })

  const serverFirst = await startAppInPortal({
    dist: resolve(root, 'dist'),
    latencyMs: settings.latencyMs,
    firstPaint: true,
  })
  const app = await startAppInPortal({
    dist: resolve(root, 'dist'),
    latencyMs: settings.latencyMs,
  })
  const baseline = await startAppInPortal({
    dist: baselineOut,
    latencyMs: settings.latencyMs,
  })
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  try {
    const serverFirstTarget = {
      portalUrl: serverFirst.portal.url,
      appOrigin: new URL(serverFirst.app.url).origin,
      openingReads: WHO_VOTED_READS,
    }
    const appTarget = {
      portalUrl: app.portal.url,
      appOrigin: new URL(app.app.url).origin,
      openingReads: WHO_VOTED_READS,
    }
    const baselineTarget = {
      portalUrl: baseline.portal.url,
      appOrigin: new URL(baseline.app.url).origin,
      openingReads: new Set<string>(),
    }
    console.log(
      `Measuring: ${settings.warmups} warm-up + ${settings.runs} runs each, ` +
        `${settings.latencyMs} ms per request, CPU ${settings.cpuSlowdown}x slower…`,
    )
    const runs: Run[] = []
    for (let run = 0; run < settings.warmups + settings.runs; run += 1) {
      // Alternate so that drift in the machine's load hits all alike.
      const baselineRun = await measure(browser, baselineTarget, chatPollUrl, withdraw)
      const serverFirstOpen = await measure(
        browser,
        serverFirstTarget,
        chatPollUrl,
        () => undefined,
      )
      const appRun = await measure(browser, appTarget, chatPollUrl, withdrawThenVote)
      const feedRender = await measure(browser, appTarget, feedPollUrl, () => undefined)
      if (run >= settings.warmups) {
        runs.push({
          baselineOpen: baselineRun.open,
          baselineWithdrawal: baselineRun.after,
          baselinePreflights: baselineRun.preflights,
          serverFirstOpen: serverFirstOpen.open,
          serverFirstPreflights: serverFirstOpen.preflights,
          appOpen: appRun.open,
          withdrawal: appRun.after,
          appPreflights: appRun.preflights,
          feedRenderMs: feedRender.open.renderMs,
        })
      }
    }
    report(appSizes, baselineSizes, runs)
  } finally {
    await browser.close()
    await serverFirst.close()
    await app.close()
    await baseline.close()
  }
}

async function buildBundle(config: Parameters<typeof build>[0]): Promise<BundleSizes> {
  const result = await build({ ...config, logLevel: 'warn' })
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
  const bundle: Rolldown.OutputBundle = {}
  for (const output of outputs) {
    for (const item of output.output) bundle[item.fileName] = item
  }
  return bundleSizes(bundle)
}

/** The chat poll, opened from its message's menu. */
async function chatPollUrl(session: PortalSession): Promise<string> {
  return Promise.resolve(session.chatPollUrl({ messageId: BENCH_CHAT_POLL }))
}

/** The feed poll, opened by its attachment. */
async function feedPollUrl(session: PortalSession): Promise<string> {
  return session.feedPollUrl(await session.poll(BENCH_FEED_POLL))
}

/** One cold open in a fresh browser context (empty cache), then `after` on the open app. */
async function measure<T>(
  browser: Browser,
  target: Target,
  url: (session: PortalSession) => Promise<string>,
  after: (
    page: Page,
    frame: Frame,
    session: PortalSession,
    target: Target,
  ) => Promise<T> | T,
): Promise<{ open: OpenResult; after: T; preflights: Preflights }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: settings.cpuSlowdown })
  const portal = new PortalClient(target.portalUrl)
  const session = await portal.createSession({ scenario: 'bench' })
  // Counted for the whole portal: the measurements run one at a time.
  const preflightsBefore = (await portal.preflights()).length
  try {
    await page.goto(await url(session))
    const frame = await renderedFrame(page, target.appOrigin)
    const frameCreated = await page.evaluate(() => {
      const mark = performance.getEntriesByName('portal:app-frame-created')[0]
      return performance.timeOrigin + (mark?.startTime ?? Number.NaN)
    })
    const timings = await frame.evaluate((mark) => {
      const rendered = performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN
      const rest = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith('/rest/'))
      const get = rest.find((entry) => entry.name.includes('vote.AttachedVote.get')) as
        PerformanceResourceTiming | undefined
      // The page's first paint with content: the poll itself where the server
      // painted it in, which the app's render mark comes only after.
      const painted =
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
      return {
        rendered: performance.timeOrigin + rendered,
        onScreen: performance.timeOrigin + (get ? rendered : Math.min(painted, rendered)),
        render: rendered - (get?.responseEnd ?? Number.NaN),
        pageCalls: rest.length,
      }
    }, BENCH_MARKS.pollRendered)
    const openCalls = (await session.calls()).length
    // Where the SDK connects after the poll is on screen, the reads that
    // follow the opening may come meanwhile: the calls are counted first.
    const connected = await markedIn(page, frame, BENCH_MARKS.connected)
    const open = {
      coldOpenMs: timings.onScreen - frameCreated,
      renderedMs: timings.rendered - frameCreated,
      connectedMs: connected - frameCreated,
      renderMs: timings.render,
      openCalls,
      pageCalls: timings.pageCalls,
    }
    const afterOpen = await after(page, frame, session, target)
    await session.quiet(target.openingReads)
    const preflights = { open: 0, whoVoted: 0, withdraw: 0, vote: 0 }
    for (const { method } of (await portal.preflights()).slice(preflightsBefore)) {
      preflights[ACTION_OF_METHOD[method.toLowerCase()] ?? 'open'] += 1
    }
    return { open, after: afterOpen, preflights }
  } finally {
    await context.close()
    await session.close()
  }
}

async function withdraw(
  page: Page,
  frame: Frame,
  session: PortalSession,
  target: Target,
) {
  const withdrawVote = frame.getByRole('button', { name: 'Withdraw my vote' })
  // Playwright's script is injected and compiled now, while the page settles,
  // not in the moments measured from the click: once for its locators, and
  // once more in the page's own world, which `waitForFunction` below runs in.
  await withdrawVote.waitFor()
  await frame.waitForFunction(() => true)
  // The reads that follow an opening are done, as they are by the time a
  // user clicks, and neither count nor run during the withdrawal measured.
  await session.quiet(target.openingReads)
  const callsBefore = (await session.calls()).length
  await withdrawVote.click()
  await frame.waitForFunction((marks) => {
    const click = performance.getEntriesByName(marks.withdrawClicked)[0]
    return performance
      .getEntriesByName(marks.pollRendered)
      .some((mark) => click && mark.startTime > click.startTime)
  }, BENCH_MARKS)
  const timing = await frame.evaluate((marks) => {
    const click =
      performance.getEntriesByName(marks.withdrawClicked)[0]?.startTime ?? Number.NaN
    const rendered = performance
      .getEntriesByName(marks.pollRendered)
      .find((mark) => mark.startTime > click)
    const recall = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('vote.AttachedVote.recall')) as
      PerformanceResourceTiming | undefined
    return {
      clickToCounters: (rendered?.startTime ?? Number.NaN) - click,
      clickToRequest: (recall?.startTime ?? Number.NaN) - click,
      recall: recall?.duration ?? Number.NaN,
      responseToCounters:
        (rendered?.startTime ?? Number.NaN) - (recall?.responseEnd ?? Number.NaN),
    }
  }, BENCH_MARKS)
  const withdrawCalls = (await session.calls()).length - callsBefore
  // Anything the app would re-read after a successful withdrawal comes now.
  await page.waitForTimeout(1500)
  const refetchesAfter = (await session.calls()).length - callsBefore - withdrawCalls
  return {
    clickToCountersMs: timing.clickToCounters,
    clickToRequestMs: timing.clickToRequest,
    recallRoundTripMs: timing.recall,
    responseToCountersMs: timing.responseToCounters,
    withdrawCalls,
    refetchesAfter,
  }
}

/**
 * The app's frame once it has rendered the poll, watched without Playwright's
 * locators or `waitForFunction`: both inject Playwright's script into the
 * page, whose compilation takes the renderer's main thread for hundreds of
 * milliseconds on the slowed CPU, at a moment of the opening that varies.
 */
/**
 * When `mark` came on the frame's timeline, as an epoch time; waits for it
 * without Playwright's script in the page.
 */
async function markedIn(page: Page, frame: Frame, mark: string): Promise<number> {
  for (;;) {
    const at = await frame.evaluate((name) => {
      const entry = performance.getEntriesByName(name)[0]
      return entry && performance.timeOrigin + entry.startTime
    }, mark)
    if (at !== undefined) return at
    await page.waitForTimeout(20)
  }
}

async function renderedFrame(page: Page, appOrigin: string): Promise<Frame> {
  for (;;) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(appOrigin))
    const rendered = await frame
      ?.evaluate(
        (mark) => performance.getEntriesByName(mark).length > 0,
        BENCH_MARKS.pollRendered,
      )
      .catch(() => false)
    if (frame && rendered) return frame
    await page.waitForTimeout(20)
  }
}

/** Withdraws, then votes again from the ballot that Vote again opens. */
async function withdrawThenVote(
  page: Page,
  frame: Frame,
  session: PortalSession,
  target: Target,
) {
  const withdrawal = await withdraw(page, frame, session, target)
  await frame.getByRole('button', { name: 'Vote again' }).click()
  await frame.getByRole('radio', { name: 'Option 1', exact: true }).check()
  const clickedAt = await frame.evaluate(() => performance.now())
  await frame.getByRole('button', { name: 'Vote', exact: true }).click()
  await frame.waitForFunction(
    ({ mark, since }) =>
      performance.getEntriesByName(mark).some((entry) => entry.startTime > since),
    { mark: BENCH_MARKS.pollRendered, since: clickedAt },
  )
  return withdrawal
}

interface Stats {
  median: number
  min: number
  max: number
}

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? Number.NaN)
      : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN }
}

function report(appSizes: BundleSizes, baselineSizes: BundleSizes, runs: readonly Run[]) {
  const across = (figure: (run: Run) => number) => stats(runs.map(figure))
  const serverFirstOpen = across((run) => run.serverFirstOpen.coldOpenMs)
  const serverFirstHydrated = across((run) => run.serverFirstOpen.renderedMs)
  const serverFirstConnected = across((run) => run.serverFirstOpen.connectedMs)
  const appOpen = across((run) => run.appOpen.coldOpenMs)
  const baselineOpen = across((run) => run.baselineOpen.coldOpenMs)
  const clickToCounters = across((run) => run.withdrawal.clickToCountersMs)
  const recallRoundTrip = across((run) => run.withdrawal.recallRoundTripMs)
  const clickToRequest = across((run) => run.withdrawal.clickToRequestMs)
  const responseToCounters = across((run) => run.withdrawal.responseToCountersMs)
  const baselineClickToCounters = across(
    (run) => run.baselineWithdrawal.clickToCountersMs,
  )
  const baselineClickToRequest = across((run) => run.baselineWithdrawal.clickToRequestMs)
  const baselineResponseToCounters = across(
    (run) => run.baselineWithdrawal.responseToCountersMs,
  )
  const smallRender = across((run) => run.appOpen.renderMs)
  const largeRender = across((run) => run.feedRenderMs)
  const kb = (bytes: number) => Number((bytes / 1000).toFixed(1))
  const floor = appSizes.initialJs.react + appSizes.initialJs.sdk
  const figures = {
    settings,
    machine: machine(),
    coldOpenMs: {
      serverFirst: serverFirstOpen,
      serverFirstHydrated,
      serverFirstConnected,
      app: appOpen,
      baseline: baselineOpen,
      serverFirstRatio: serverFirstOpen.median / baselineOpen.median,
      serverFirstHydratedRatio: serverFirstHydrated.median / baselineOpen.median,
      ratio: appOpen.median / baselineOpen.median,
    },
    clickToCountersMs: clickToCounters,
    clickToRequestMs: clickToRequest,
    recallRoundTripMs: recallRoundTrip,
    responseToCountersMs: responseToCounters,
    clickToCountersRatio: clickToCounters.median / baselineClickToCounters.median,
    targets: TARGETS,
    baselineWithdrawalMs: {
      clickToCounters: baselineClickToCounters,
      clickToRequest: baselineClickToRequest,
      responseToCounters: baselineResponseToCounters,
    },
    preflights: {
      app: mostPreflights(runs.map((run) => run.appPreflights)),
      serverFirst: mostPreflights(runs.map((run) => run.serverFirstPreflights)),
      baseline: mostPreflights(runs.map((run) => run.baselinePreflights)),
    },
    restCalls: {
      serverFirstOpen: across((run) => run.serverFirstOpen.openCalls),
      serverFirstOpenFromPage: across((run) => run.serverFirstOpen.pageCalls),
      open: across((run) => run.appOpen.openCalls),
      withdraw: across((run) => run.withdrawal.withdrawCalls),
      refetchesAfterWithdraw: across((run) => run.withdrawal.refetchesAfter),
    },
    bytesGzipped: {
      initialJs: { ...appSizes.initialJs, total: floor + appSizes.initialJs.app },
      lazyJs: appSizes.lazyJs,
      css: appSizes.css,
      baselineInitialJs:
        baselineSizes.initialJs.react +
        baselineSizes.initialJs.sdk +
        baselineSizes.initialJs.app,
    },
    renderMs: {
      chatPoll1x10: smallRender,
      feedPoll20x50: largeRender,
      ratio: largeRender.median / smallRender.median,
    },
  }
  const ms = (value: Stats) =>
    `${value.median.toFixed(0)} ms (min ${value.min.toFixed(0)}, max ${value.max.toFixed(0)})`
  console.table({
    'cold open, server-first paint': ms(serverFirstOpen),
    '  … hydrated (interactive)': ms(serverFirstHydrated),
    '  … SDK connected (a click waits for it)': ms(serverFirstConnected),
    'cold open, app served as a file': ms(appOpen),
    'cold open, baseline': ms(baselineOpen),
    [`server-first / baseline (target ≤ ${String(TARGETS.serverFirstOpen)})`]:
      figures.coldOpenMs.serverFirstRatio.toFixed(2),
    [`  hydrated / baseline (target ≤ ${String(TARGETS.serverFirstHydrated)})`]:
      figures.coldOpenMs.serverFirstHydratedRatio.toFixed(2),
    [`served as a file / baseline (target ≤ ${String(TARGETS.servedAsFileOpen)})`]:
      figures.coldOpenMs.ratio.toFixed(2),
    'click → counters': ms(clickToCounters),
    '  of which click → request sent': ms(clickToRequest),
    '  of which recall round trip': ms(recallRoundTrip),
    '  of which response → counters': ms(responseToCounters),
    'click → counters, baseline': ms(baselineClickToCounters),
    '  of which click → request sent ': ms(baselineClickToRequest),
    '  of which response → counters ': ms(baselineResponseToCounters),
    [`click → counters / baseline (target ≤ ${String(TARGETS.clickToCounters)})`]:
      figures.clickToCountersRatio.toFixed(2),
    'preflights (target 0 each), app as a file: open / who voted / withdraw / vote':
      preflightsRow(figures.preflights.app),
    '  server-first: open / who voted': `${String(figures.preflights.serverFirst.open)} / ${String(figures.preflights.serverFirst.whoVoted)}`,
    '  baseline: open / withdraw': `${String(figures.preflights.baseline.open)} / ${String(figures.preflights.baseline.withdraw)}`,
    'REST calls to open, server-first (from the page)': `${String(figures.restCalls.serverFirstOpen.median)} (${String(figures.restCalls.serverFirstOpenFromPage.median)})`,
    'REST calls to open, served as a file': figures.restCalls.open.median,
    'REST calls to withdraw': figures.restCalls.withdraw.median,
    'refetches after withdraw': figures.restCalls.refetchesAfterWithdraw.max,
    'JS gzipped, React': `${kb(appSizes.initialJs.react)} kB`,
    'JS gzipped, SDK': `${kb(appSizes.initialJs.sdk)} kB`,
    'JS gzipped, app (budget in .size-limit.js)': `${kb(appSizes.initialJs.app)} kB`,
    'JS gzipped, first load total': `${kb(figures.bytesGzipped.initialJs.total)} kB`,
    'JS gzipped, lazy chunks': `${kb(appSizes.lazyJs)} kB`,
    'JS gzipped, baseline total': `${kb(figures.bytesGzipped.baselineInitialJs)} kB`,
    'CSS gzipped': `${kb(appSizes.css)} kB`,
    'render 1×10 chat poll': ms(smallRender),
    'render 20×50 feed poll': ms(largeRender),
    'render ratio (target ≤ 2)': figures.renderMs.ratio.toFixed(2),
  })
  const out = resolve(root, 'bench/last-run.json')
  mkdirSync(resolve(root, 'bench'), { recursive: true })
  writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`)
  console.log(`Figures written to ${out}`)
}

/** The most preflights any run counted for each action. */
function mostPreflights(runs: readonly Preflights[]): Preflights {
  const most = (action: keyof Preflights) => Math.max(...runs.map((run) => run[action]))
  return {
    open: most('open'),
    whoVoted: most('whoVoted'),
    withdraw: most('withdraw'),
    vote: most('vote'),
  }
}

function preflightsRow(counts: Preflights): string {
  return [counts.open, counts.whoVoted, counts.withdraw, counts.vote]
    .map(String)
    .join(' / ')
}

function machine() {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  }
}

await main()
