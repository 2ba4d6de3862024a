import { afterEach, describe, expect, test, vi } from 'vitest'
import { deferred, fakePortal, restError } from '@/testing/fake-portal'
import { votedAttach, votedForAttach, withdrawnAttach } from '@/testing/fixtures/attach'
import type { Portal } from '@/lib/portal'
import type { Ballot } from '../poll'
import { parseAttach } from './attach-payload'
import { castVote } from './cast-vote'
import {
  ChangeFailedError,
  ChangeUnconfirmedError,
  VoteRefusedError,
} from './change-errors'
import { ANSWER_DEADLINE_MS, makeChange, NoAnswerError } from './poll-change'
import { recallVote } from './recall-vote'

const pollRef = { messageId: 13 }
const great = { '1': ['1'] }

function vote(portal: Portal, ballot: Ballot) {
  return makeChange(castVote, { portal, pollRef }, ballot)
}

function withdraw(portal: Portal, onLateAnswer?: () => void) {
  return makeChange(recallVote, { portal, pollRef }, undefined, onLateAnswer)
}

function methodsCalled(portal: ReturnType<typeof fakePortal>) {
  return portal.calls.map((call) => call.method)
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('a poll out of reach ends a change at once', () => {
  test.each([
    ['deleted with its message', restError('ATTACH_NOT_FOUND', 'Attach not found')],
    ['no longer readable', restError('', 'Attach read access denied')],
  ])('a withdrawal from a poll %s is not followed by a read', async (_, error) => {
    const portal = fakePortal({
      'vote.AttachedVote.recall': () => {
        throw error
      },
    })

    await expect(withdraw(portal)).rejects.toBe(error)
    expect(methodsCalled(portal)).toEqual(['vote.AttachedVote.recall'])
  })

  test('a failed vote whose read finds the poll gone reports the poll gone', async () => {
    const gone = restError('ATTACH_NOT_FOUND', 'Attach not found')
    const portal = fakePortal({
      'vote.AttachedVote.vote': () => {
        throw restError('NETWORK_ERROR', 'Network Error', 0)
      },
      'vote.AttachedVote.get': () => {
        throw gone
      },
    })

    await expect(vote(portal, great)).rejects.toBe(gone)
  })
})

describe('a refused vote is checked against a fresh read', () => {
  test('a resent vote refused because the first one counted is a success', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.vote': () => [],
      'vote.AttachedVote.get': () => ({ attach: votedForAttach(['1']) }),
    })

    const poll = await vote(portal, great)

    expect(poll.isVoted).toBe(true)
    expect(methodsCalled(portal)).toEqual([
      'vote.AttachedVote.vote',
      'vote.AttachedVote.get',
    ])
  })

  test('a refused change that removed the earlier vote reports the poll as it is now', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.vote': () => [],
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
    })

    const failure = await vote(portal, great).catch((error: unknown) => error)

    expect(failure).toBeInstanceOf(ChangeFailedError)
    expect((failure as ChangeFailedError).poll.isVoted).toBe(false)
    expect((failure as ChangeFailedError).cause).toBeInstanceOf(VoteRefusedError)
  })

  test('a vote refused while the poll still shows other answers is not a success', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.vote': () => {
        throw restError('403', 'The poll is inactive.')
      },
      'vote.AttachedVote.get': () => ({ attach: votedForAttach(['2']) }),
    })

    const failure = await vote(portal, great).catch((error: unknown) => error)

    expect(failure).toBeInstanceOf(ChangeFailedError)
    expect((failure as ChangeFailedError).cause).toMatchObject({ code: '403' })
  })
})

describe('a portal that does not answer', () => {
  test('gets the user an unconfirmed answer within the deadline, and a late answer is passed on', async () => {
    vi.useFakeTimers()
    const held = deferred<unknown>()
    const portal = fakePortal({ 'vote.AttachedVote.recall': () => held.promise })
    const onLateAnswer = vi.fn()

    const outcome = withdraw(portal, onLateAnswer).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(ANSWER_DEADLINE_MS)
    const failure = await outcome

    expect(failure).toBeInstanceOf(ChangeUnconfirmedError)
    expect((failure as Error).cause).toBeInstanceOf(NoAnswerError)
    expect(onLateAnswer).not.toHaveBeenCalled()
    held.resolve({ attach: withdrawnAttach() })
    await vi.waitFor(() => {
      expect(onLateAnswer).toHaveBeenCalledOnce()
    })
  })

  test('the user hears within 15 seconds', async () => {
    vi.useFakeTimers()
    const portal = fakePortal({
      'vote.AttachedVote.vote': () => new Promise(() => undefined),
    })

    const outcome = vote(portal, great).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(15_000)

    await expect(outcome).resolves.toBeInstanceOf(ChangeUnconfirmedError)
  })

  test('a fresh read that does not answer either ends in an unconfirmed outcome at the deadline', async () => {
    vi.useFakeTimers()
    const portal = fakePortal({
      'vote.AttachedVote.recall': () => {
        throw restError('NETWORK_ERROR', 'Network Error', 0)
      },
      'vote.AttachedVote.get': () => new Promise(() => undefined),
    })

    const outcome = withdraw(portal).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(ANSWER_DEADLINE_MS)

    await expect(outcome).resolves.toBeInstanceOf(ChangeUnconfirmedError)
  })

  test('answering just before the deadline is an ordinary success', async () => {
    vi.useFakeTimers()
    const held = deferred<unknown>()
    const portal = fakePortal({ 'vote.AttachedVote.recall': () => held.promise })

    const outcome = withdraw(portal)
    await vi.advanceTimersByTimeAsync(ANSWER_DEADLINE_MS - 1)
    held.resolve({ attach: withdrawnAttach() })

    await expect(outcome).resolves.toMatchObject({ isVoted: false })
  })
})

test('votes and withdrawals work where crypto.randomUUID does not exist (plain HTTP)', async () => {
  vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) })
  const portal = fakePortal({
    'vote.AttachedVote.recall': () => ({ attach: withdrawnAttach() }),
    'vote.AttachedVote.vote': () => ({ attach: votedAttach() }),
  })

  await withdraw(portal)
  await vote(portal, great)

  const ids = portal.calls.map((call) => call.params.actionUuid)
  expect(ids).toEqual([
    expect.stringMatching(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    ),
    expect.stringMatching(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    ),
  ])
  expect(ids[0]).not.toBe(ids[1])
})

test('a change answered in time leaves no deadline running behind it', async () => {
  vi.useFakeTimers()
  const portal = fakePortal({
    'vote.AttachedVote.recall': () => ({ attach: withdrawnAttach() }),
  })

  await withdraw(portal)

  expect(vi.getTimerCount()).toBe(0)
})

test('each outcome of a change says what is known about it', () => {
  const poll = parseAttach(withdrawnAttach())
  const failed = new ChangeFailedError(poll, new VoteRefusedError())

  expect(failed).toMatchObject({
    name: 'ChangeFailedError',
    message: 'The change did not happen',
    poll,
  })
  expect(new ChangeUnconfirmedError(new NoAnswerError())).toMatchObject({
    name: 'ChangeUnconfirmedError',
    message: 'Unknown whether the change happened',
  })
  expect(new NoAnswerError()).toMatchObject({
    name: 'NoAnswerError',
    message: 'No answer within 15 s',
  })
})

test('action ids keep their random bits beside the version and the variant', async () => {
  const portal = fakePortal({
    'vote.AttachedVote.recall': () => ({ attach: withdrawnAttach() }),
  })

  for (let sent = 0; sent < 16; sent++) await withdraw(portal)

  const ids = portal.calls.map((call) => String(call.params.actionUuid))
  // The digit after the version's and the one after the variant's are random:
  // sixteen ids alike in either happen once in 2^60.
  expect(new Set(ids.map((id) => id.slice(15, 16))).size).toBeGreaterThan(1)
  expect(new Set(ids.map((id) => id.slice(20, 21))).size).toBeGreaterThan(1)
})
