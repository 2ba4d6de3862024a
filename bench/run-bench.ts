import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { chromium, type Browser, type Frame, type Page } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build, type Rolldown } from 'vite'
import { BENCH_CHAT_POLL, BENCH_FEED_POLL } from '../e2e/portal/scenarios'
import { startAppInPortal } from '../e2e/portal/start-both'
import { findChromium } from '../e2e/support/chromium'
import { BENCH_MARKS } from '../src/lib/bench-marks'
import {
  bundleSizes,
  INITIAL_APP_BUDGET_KB,
  type BundleSizes,
} from '../tools/size-budget'

/**
 * `npm run bench`: how fast the production build opens and reacts inside the
 * simulated portal, against a bare page with the same React and SDK, on a
 * throttled CPU and a slow network. Prints a table and writes bench/last-run.json.
 */

const settings = {
  runs: Number(process.env.BENCH_RUNS ?? 7),
  warmups: Number(process.env.BENCH_WARMUPS ?? 1),
  latencyMs: Number(process.env.BENCH_LATENCY_MS ?? 50),
  cpuSlowdown: Number(process.env.BENCH_CPU_SLOWDOWN ?? 4),
}

const root = resolve(import.meta.dirname, '..')
const baselineOut = resolve(root, 'node_modules/.cache/bench-baseline')

interface Target {
  readonly portalUrl: string
  readonly appOrigin: string
}

interface OpenResult {
  readonly coldOpenMs: number
  readonly renderMs: number
  readonly openCalls: number
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
  /** Who voted, read after the poll is on screen, over the whole run. */
  readonly whoVotedCalls: number
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
    const appTarget = {
      portalUrl: app.portal.url,
      appOrigin: new URL(app.app.url).origin,
    }
    const baselineTarget = {
      portalUrl: baseline.portal.url,
      appOrigin: new URL(baseline.app.url).origin,
    }
    console.log(
      `Measuring: ${settings.warmups} warm-up + ${settings.runs} runs each, ` +
        `${settings.latencyMs} ms per request, CPU ${settings.cpuSlowdown}x slower…`,
    )
    const appOpens: OpenResult[] = []
    const baselineOpens: OpenResult[] = []
    const withdrawals: WithdrawResult[] = []
    const feedRenders: number[] = []
    for (let run = 0; run < settings.warmups + settings.runs; run += 1) {
      const counted = run >= settings.warmups
      // Alternate so that drift in the machine's load hits both alike.
      const baselineOpen = await measure(
        browser,
        baselineTarget,
        chatPollQuery,
        () => undefined,
      )
      const appRun = await measure(browser, appTarget, chatPollQuery, withdraw)
      const feedRender = await measure(browser, appTarget, feedPollQuery, () => undefined)
      if (counted) {
        baselineOpens.push(baselineOpen.open)
        appOpens.push(appRun.open)
        withdrawals.push(appRun.after)
        feedRenders.push(feedRender.open.renderMs)
      }
    }
    report({ appSizes, baselineSizes, appOpens, baselineOpens, withdrawals, feedRenders })
  } finally {
    await browser.close()
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

async function chatPollQuery(): Promise<Record<string, string>> {
  return Promise.resolve({ open: String(BENCH_CHAT_POLL) })
}

async function feedPollQuery(
  target: Target,
  session: string,
): Promise<Record<string, string>> {
  const response = await fetch(
    new URL(`/control/sessions/${session}/polls/${BENCH_FEED_POLL}`, target.portalUrl),
  )
  const { attachId } = (await response.json()) as { attachId: number }
  return { placement: 'DEFAULT', options: JSON.stringify({ attachId: String(attachId) }) }
}

/** One cold open in a fresh browser context (empty cache), then `after` on the open app. */
async function measure<T>(
  browser: Browser,
  target: Target,
  query: (target: Target, session: string) => Promise<Record<string, string>>,
  after: (page: Page, frame: Frame, target: Target, session: string) => Promise<T> | T,
): Promise<{ open: OpenResult; after: T }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: settings.cpuSlowdown })
  const session = await createSession(target)
  try {
    const url = new URL(target.portalUrl)
    url.search = new URLSearchParams({
      session,
      ...(await query(target, session)),
    }).toString()
    await page.goto(url.href)
    const frame = await appFrame(page, target)
    await frame.waitForFunction(
      (rendered) => performance.getEntriesByName(rendered).length > 0,
      BENCH_MARKS.pollRendered,
    )
    const frameCreated = await page.evaluate(() => {
      const mark = performance.getEntriesByName('portal:app-frame-created')[0]
      return performance.timeOrigin + (mark?.startTime ?? Number.NaN)
    })
    const timings = await frame.evaluate((mark) => {
      const rendered = performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN
      const get = performance
        .getEntriesByType('resource')
        .find((entry) => /\/vote\.AttachedVote\.get(\.json)?(\?|$)/.test(entry.name)) as
        PerformanceResourceTiming | undefined
      return {
        rendered: performance.timeOrigin + rendered,
        render: rendered - (get?.responseEnd ?? Number.NaN),
      }
    }, BENCH_MARKS.pollRendered)
    const open = {
      coldOpenMs: timings.rendered - frameCreated,
      renderMs: timings.render,
      openCalls: (await restCalls(target, session)).length,
    }
    return { open, after: await after(page, frame, target, session) }
  } finally {
    await context.close()
    await fetch(new URL(`/control/sessions/${session}`, target.portalUrl), {
      method: 'DELETE',
    })
  }
}

async function withdraw(page: Page, frame: Frame, target: Target, session: string) {
  const callsBefore = (await restCalls(target, session)).length
  await frame.getByRole('button', { name: 'Withdraw my vote' }).click()
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
  const withdrawCalls = (await restCalls(target, session)).length - callsBefore
  // Anything the app would re-read after a successful withdrawal comes now.
  await page.waitForTimeout(1500)
  const refetchesAfter =
    (await restCalls(target, session)).length - callsBefore - withdrawCalls
  return {
    clickToCountersMs: timing.clickToCounters,
    clickToRequestMs: timing.clickToRequest,
    recallRoundTripMs: timing.recall,
    responseToCountersMs: timing.responseToCounters,
    withdrawCalls,
    refetchesAfter,
    whoVotedCalls: (await restCalls(target, session, 'who voted')).length,
  }
}

async function createSession(target: Target): Promise<string> {
  const response = await fetch(new URL('/control/sessions', target.portalUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scenario: 'bench' }),
  })
  return ((await response.json()) as { id: string }).id
}

/** Who voted, which public polls read beside the poll once it is on screen. */
const WHO_VOTED_READS = new Set(['vote.AttachedVote.getWithVoted', 'profile'])

/** The session's REST calls for the poll itself, or those for who voted. */
async function restCalls(
  target: Target,
  session: string,
  which: 'poll' | 'who voted' = 'poll',
): Promise<unknown[]> {
  const response = await fetch(
    new URL(`/control/sessions/${session}/calls`, target.portalUrl),
  )
  const calls = (await response.json()) as { method: string }[]
  return calls.filter(
    (call) => WHO_VOTED_READS.has(call.method) === (which === 'who voted'),
  )
}

async function appFrame(page: Page, target: Target): Promise<Frame> {
  const isApp = (frame: Frame) => frame.url().startsWith(target.appOrigin)
  return (
    page.frames().find(isApp) ?? page.waitForEvent('framenavigated', { predicate: isApp })
  )
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

function report(results: {
  appSizes: BundleSizes
  baselineSizes: BundleSizes
  appOpens: OpenResult[]
  baselineOpens: OpenResult[]
  withdrawals: WithdrawResult[]
  feedRenders: number[]
}) {
  const { appSizes, baselineSizes, appOpens, baselineOpens, withdrawals, feedRenders } =
    results
  const appOpen = stats(appOpens.map((run) => run.coldOpenMs))
  const baselineOpen = stats(baselineOpens.map((run) => run.coldOpenMs))
  const clickToCounters = stats(withdrawals.map((run) => run.clickToCountersMs))
  const recallRoundTrip = stats(withdrawals.map((run) => run.recallRoundTripMs))
  const clickToRequest = stats(withdrawals.map((run) => run.clickToRequestMs))
  const responseToCounters = stats(withdrawals.map((run) => run.responseToCountersMs))
  const smallRender = stats(appOpens.map((run) => run.renderMs))
  const largeRender = stats(feedRenders)
  const kb = (bytes: number) => Number((bytes / 1000).toFixed(1))
  const floor = appSizes.initialJs.react + appSizes.initialJs.sdk
  const figures = {
    settings,
    machine: machine(),
    coldOpenMs: {
      app: appOpen,
      baseline: baselineOpen,
      ratio: appOpen.median / baselineOpen.median,
    },
    clickToCountersMs: clickToCounters,
    clickToRequestMs: clickToRequest,
    recallRoundTripMs: recallRoundTrip,
    responseToCountersMs: responseToCounters,
    restCalls: {
      open: stats(appOpens.map((run) => run.openCalls)),
      withdraw: stats(withdrawals.map((run) => run.withdrawCalls)),
      refetchesAfterWithdraw: stats(withdrawals.map((run) => run.refetchesAfter)),
      whoVoted: stats(withdrawals.map((run) => run.whoVotedCalls)),
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
    'cold open, app': ms(appOpen),
    'cold open, baseline': ms(baselineOpen),
    'cold open ratio (target ≤ 1.10)': figures.coldOpenMs.ratio.toFixed(2),
    'click → counters': ms(clickToCounters),
    '  of which click → request sent': ms(clickToRequest),
    '  of which recall round trip': ms(recallRoundTrip),
    '  of which response → counters': ms(responseToCounters),
    'REST calls to open': figures.restCalls.open.median,
    'REST calls to withdraw': figures.restCalls.withdraw.median,
    'refetches after withdraw': figures.restCalls.refetchesAfterWithdraw.max,
    'REST calls for who voted, after the poll shows': figures.restCalls.whoVoted.median,
    'JS gzipped, React': `${kb(appSizes.initialJs.react)} kB`,
    'JS gzipped, SDK': `${kb(appSizes.initialJs.sdk)} kB`,
    [`JS gzipped, app (target ≤ ${String(INITIAL_APP_BUDGET_KB)})`]: `${kb(appSizes.initialJs.app)} kB`,
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

function machine() {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  }
}

await main()
