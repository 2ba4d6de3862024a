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
export function ready() { return true }
export default async function paint(task) {
  if (new TextDecoder().decode(task.answer) === 'slow') {
    await new Promise((resolve) => { gate.onmessage = resolve })
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

let dir: string
let worker: URL
let pool: RenderPool | undefined
const gate = new BroadcastChannel('render-pool-test')

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'render-pool-'))
  const file = join(dir, 'stand-in.mjs')
  await writeFile(file, STAND_IN)
  worker = pathToFileURL(file)
})

afterEach(async () => {
  await pool?.close()
})

afterAll(async () => {
  gate.close()
  await rm(dir, { recursive: true, force: true })
})

function request(answer: 'slow' | 'small'): PaintRequest {
  return {
    lang: 'en',
    origin: 'https://portal.test',
    placement: { code: 'IM_CONTEXT_MENU', options: { messageId: '1' } },
    answer: new TextEncoder().encode(answer),
  }
}

describe('the render threads', () => {
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
})
