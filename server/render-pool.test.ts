import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { PaintRequest } from './paint-poll.ts'
import { startRenderPool, type RenderLimits, type RenderPool } from './render-pool.ts'

/**
 * A stand-in for the render thread: it paints which thread it is, and holds a
 * paint of `slow` until the test lets it go, so that a render overruns its
 * deadline without any timing.
 */
const STAND_IN = `
import { threadId } from 'node:worker_threads'
const gate = new BroadcastChannel('render-pool-test')
const blocker = new BroadcastChannel('render-pool-test-block')
const flags = new Promise((resolve) => {
  blocker.onmessage = (event) => resolve(new Int32Array(event.data))
})
export function ready() { return true }
export default async function paint(task) {
  const answer = new TextDecoder().decode(task.answer)
  if (answer === 'failing') throw new Error('The render failed')

  if (answer === 'slow') {
    await new Promise((resolve) => { gate.onmessage = resolve })
  }
  if (answer === 'blocking') {
    // Holds its thread as a render's work does, until flag 0 is set.
    const flag = await flags
    Atomics.store(flag, 1, 1)
    Atomics.wait(flag, 0, 0)
  }
  return { appHtml: 'thread ' + threadId, dataElement: '', locale: 'en', dir: 'ltr' }
}
`

const LIMITS: RenderLimits = {
  threads: 1,
  deadlineMs: 1_000,
  hardLimitMs: 60_000,
  markupBudget: { texts: 20, characters: 20_000 },
}

/** Threads whose module loads, but which cannot paint the warm-up polls, or throw doing it. */
const NOT_READY = {
  false: 'export function ready() { return false }\nexport default function paint() {}',
  throwing:
    "export function ready() { throw new Error('No DOM') }\nexport default function paint() {}",
}

let dir: string
let worker: URL
let pool: RenderPool | undefined
const gate = new BroadcastChannel('render-pool-test')
const blocker = new BroadcastChannel('render-pool-test-block')

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'render-pool-'))
  const file = join(dir, 'stand-in.mjs')
  await writeFile(file, STAND_IN)
  worker = pathToFileURL(file)
  for (const [name, source] of Object.entries(NOT_READY)) {
    await writeFile(join(dir, `${name}.mjs`), source)
  }
})

afterEach(async () => {
  await pool?.close()
})

afterAll(async () => {
  gate.close()
  blocker.close()
  await rm(dir, { recursive: true, force: true })
})

function request(answer: 'slow' | 'small' | 'blocking' | 'failing'): PaintRequest {
  return {
    lang: 'en',
    origin: 'https://portal.test',
    placement: { code: 'IM_CONTEXT_MENU', options: { messageId: '1' } },
    answer: new TextEncoder().encode(answer),
  }
}

describe('the render threads', () => {
  test("a render's work leaves the server's own thread free: it releases a render that holds its thread", async () => {
    pool = await startRenderPool({ ...LIMITS, deadlineMs: 60_000 }, 8, worker)
    // Flag 1: the render holds its thread; flag 0: it may go on. Were the
    // render on this thread, nothing here could run to set flag 0.
    const flags = new Int32Array(new SharedArrayBuffer(8))
    blocker.postMessage(flags.buffer)

    const painting = pool.paint(request('blocking'))
    while (Atomics.load(flags, 1) === 0) {
      await new Promise((next) => setImmediate(next))
    }
    Atomics.store(flags, 0, 1)
    Atomics.notify(flags, 0)

    expect((await painting)?.appHtml).toMatch(/^thread \d+$/)
  })

  test('a render past its deadline keeps its thread: the next paint is painted by it', async () => {
    pool = await startRenderPool(LIMITS, 8, worker)
    const before = await pool.paint(request('small'))

    const overrun = await pool.paint(request('slow'))
    gate.postMessage('go')
    const after = await pool.paint(request('small'))

    expect(overrun).toBeUndefined()
    expect(after?.appHtml).toBe(before?.appHtml)
  })

  test('a render past the hard limit ends with its thread, and a new one paints', async () => {
    // The limit counts from the hand-over, so the paint after waits for the
    // new thread within it: long enough for a thread to start on a busy machine.
    pool = await startRenderPool(
      { ...LIMITS, deadlineMs: 30_000, hardLimitMs: 3_000 },
      8,
      worker,
    )
    const before = await pool.paint(request('small'))

    const stuck = await pool.paint(request('slow'))
    const after = await pool.paint(request('small'))

    expect(stuck).toBeUndefined()
    expect(after?.appHtml).toMatch(/^thread \d+$/)
    expect(after?.appHtml).not.toBe(before?.appHtml)
  })

  test('past the paints allowed to wait, a paint falls back at once', async () => {
    pool = await startRenderPool(LIMITS, 2, worker)
    const running = pool.paint(request('slow'))
    const waiting = [pool.paint(request('small')), pool.paint(request('small'))]

    const first = await Promise.race([
      Promise.all(waiting).then(() => 'a waiting paint'),
      pool.paint(request('small')).then((page) => page ?? 'the one past the queue'),
    ])
    gate.postMessage('go')
    await Promise.all([running, ...waiting])

    expect(first).toBe('the one past the queue')
  })

  test('a render that fails falls back, and the thread paints the next one', async () => {
    pool = await startRenderPool(LIMITS, 8, worker)

    const failed = await pool.paint(request('failing'))
    const after = await pool.paint(request('small'))

    expect(failed).toBeUndefined()
    expect(after?.appHtml).toMatch(/^thread \d+$/)
  })

  test("the portal's answer is handed over to the thread, not copied", async () => {
    pool = await startRenderPool(LIMITS, 8, worker)
    const painting = request('small')

    await pool.paint(painting)

    expect(painting.answer.byteLength).toBe(0)
  })

  test('a paint that has ended leaves its place to the next', async () => {
    pool = await startRenderPool(LIMITS, 0, worker)

    const first = await pool.paint(request('small'))
    const second = await pool.paint(request('small'))

    expect(first?.appHtml).toMatch(/^thread \d+$/)
    expect(second?.appHtml).toBe(first?.appHtml)
  })

  test.each([
    ['false', false],
    ['throwing', new Error('No DOM')],
  ])('threads whose warm-up answers %s stop the start', async (name, cause) => {
    await expect(
      startRenderPool(LIMITS, 8, pathToFileURL(join(dir, `${name}.mjs`))),
    ).rejects.toMatchObject({
      message: expect.stringContaining('The render threads cannot load') as string,
      cause,
    })
  })
})
