import { beforeEach, describe, expect, test, vi } from 'vitest'
import { fakePortal, restError } from '@/testing/fake-portal'
import { onlyQuestion, votedAttach, withdrawnAttach } from '@/testing/fixtures/attach'
import { InvalidPayloadError } from './attach-payload'
import { getPoll } from './get-poll'

const loads = vi.hoisted(() => ({
  donut: vi.fn<() => Promise<unknown>>(),
  sanitiser: vi.fn<() => Promise<unknown>>(),
}))
vi.mock('../lazy-parts', () => ({ pieChart: { preload: loads.donut } }))
vi.mock('../poll-text/sanitizer', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../poll-text/sanitizer')>()),
  readyToShow: loads.sanitiser,
}))

beforeEach(() => {
  loads.donut.mockReset().mockResolvedValue(undefined)
  loads.sanitiser.mockReset().mockResolvedValue(undefined)
})

const chatMessageAddress = {
  moduleId: 'im',
  entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
  entityId: 13,
}

describe('talking to vote.AttachedVote', () => {
  test('a chat poll is read by its message with the connector class name', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    })

    const poll = await getPoll(portal, { messageId: 13 })

    expect(poll.isVoted).toBe(true)
    expect(portal.calls).toEqual([
      { method: 'vote.AttachedVote.get', params: chatMessageAddress },
    ])
    expect(chatMessageAddress.entityType).toBe(
      String.raw`Bitrix\Vote\Attachment\ImMessageConnector`,
    )
  })

  test('a poll can be read by attachment id or signed id', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    })

    await getPoll(portal, { attachId: 1 })
    await getPoll(portal, { signedAttachId: '1.abc' })

    expect(portal.calls.map((call) => call.params)).toEqual([
      { attachId: 1 },
      { signedAttachId: '1.abc' },
    ])
  })

  test('a read without an attach is invalid data', async () => {
    const portal = fakePortal({ 'vote.AttachedVote.get': () => [] })

    await expect(getPoll(portal, { messageId: 13 })).rejects.toBeInstanceOf(
      InvalidPayloadError,
    )
  })

  test('portal errors reach the caller with their code', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => {
        throw restError('ATTACH_NOT_FOUND', 'Attach not found')
      },
    })

    await expect(getPoll(portal, { messageId: 13 })).rejects.toMatchObject({
      code: 'ATTACH_NOT_FOUND',
    })
  })
})

/** A poll whose first question is drawn as a circle; `more` adds a question drawn as bars. */
function circleAttach(attach = votedAttach(), more = false) {
  const first = onlyQuestion(attach)
  first.DIAGRAM_TYPE = 'circle'
  if (more) {
    const questions = attach.QUESTIONS as Record<string, unknown>
    questions['2'] = { ...structuredClone(first), ID: '2', DIAGRAM_TYPE: 'histogram' }
  }
  return attach
}

function readOf(attach: Record<string, unknown>) {
  return getPoll(fakePortal({ 'vote.AttachedVote.get': () => ({ attach }) }), {
    messageId: 13,
  })
}

/** A promise and the function that settles it. */
function held() {
  let release: () => void = () => undefined
  const promise = new Promise<void>((resolve) => {
    release = resolve
  })
  return { promise, release }
}

describe('a poll comes whole: what a read waits for', () => {
  test('results drawn as a circle come once the donut’s code and the sanitiser are loaded', async () => {
    const donut = held()
    const sanitiser = held()
    loads.donut.mockReturnValue(donut.promise)
    loads.sanitiser.mockReturnValue(sanitiser.promise)
    let settled = false

    const read = readOf(circleAttach(votedAttach(), true)).then((poll) => {
      settled = true
      return poll
    })
    await vi.waitFor(() => {
      expect(loads.donut).toHaveBeenCalledOnce()
    })
    donut.release()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(settled).toBe(false)
    sanitiser.release()

    expect((await read).questions.map((question) => question.chart)).toEqual([
      'pie',
      'bars',
    ])
  })

  test('no donut is downloaded for bars, or for results not shown yet', async () => {
    await readOf(votedAttach())
    await readOf(circleAttach(withdrawnAttach({ canEdit: false, OPTIONS: 0 })))

    expect(loads.donut).not.toHaveBeenCalled()
    expect(loads.sanitiser).toHaveBeenCalledTimes(2)
  })

  test('a failed download of the donut does not fail the read', async () => {
    loads.donut.mockRejectedValue(
      new TypeError('Failed to fetch dynamically imported module'),
    )

    const poll = await readOf(circleAttach())

    expect(poll.questions[0]?.chart).toBe('pie')
  })
})
