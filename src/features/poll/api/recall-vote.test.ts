import { describe, expect, test } from 'vitest'
import { fakePortal, restError } from '@/testing/fake-portal'
import { votedAttach, withdrawnAttach } from '@/testing/fixtures/attach'
import type { Portal } from '@/lib/portal'
import {
  ChangeFailedError,
  ChangeUnconfirmedError,
  RecallRefusedError,
} from './change-errors'
import { makeChange } from './poll-change'
import { recallVote } from './recall-vote'

const pollRef = { messageId: 13 }

function withdraw(portal: Portal) {
  return makeChange(recallVote, { portal, pollRef }, undefined)
}

function methodsCalled(portal: ReturnType<typeof fakePortal>) {
  return portal.calls.map((call) => call.method)
}

describe('vote.AttachedVote.recall', () => {
  test('a withdrawal is addressed like the read and carries an action id', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.recall': () => ({ attach: withdrawnAttach() }),
    })

    const poll = await recallVote.send(portal, pollRef, undefined)

    expect(poll.isVoted).toBe(false)
    expect(methodsCalled(portal)).toEqual(['vote.AttachedVote.recall'])
    expect(portal.calls[0]?.params).toEqual({
      moduleId: 'im',
      entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
      entityId: 13,
      actionUuid: portal.calls[0]?.params.actionUuid,
    })
    expect(portal.calls[0]?.params.actionUuid).toMatch(/^[0-9a-f-]{36}$/)
  })

  test('a withdrawal answered with an empty result is a refusal, not a success', async () => {
    const portal = fakePortal({ 'vote.AttachedVote.recall': () => [] })

    await expect(recallVote.send(portal, pollRef, undefined)).rejects.toBeInstanceOf(
      RecallRefusedError,
    )
  })
})

describe('withdrawing a vote', () => {
  test('a successful recall resolves with the poll from its answer, nothing else is read', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.recall': () => ({ attach: withdrawnAttach() }),
    })

    const poll = await withdraw(portal)

    expect(poll.isVoted).toBe(false)
    expect(methodsCalled(portal)).toEqual(['vote.AttachedVote.recall'])
  })

  test('a recall whose answer was lost but which went through counts as withdrawn', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.recall': () => {
        throw restError('NETWORK_ERROR', 'Network Error', 0)
      },
      'vote.AttachedVote.get': () => ({ attach: withdrawnAttach() }),
    })

    const poll = await withdraw(portal)

    expect(poll.isVoted).toBe(false)
    expect(methodsCalled(portal)).toEqual([
      'vote.AttachedVote.recall',
      'vote.AttachedVote.get',
    ])
  })

  test('a failed recall with the vote still there reports the fresh poll and the cause', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.recall': () => {
        throw restError('INTERNAL_SERVER_ERROR', 'Internal server error', 500)
      },
      'vote.AttachedVote.get': () => ({ attach: votedAttach({ COUNTER: 7 }) }),
    })

    const failure = await withdraw(portal).catch((error: unknown) => error)

    expect(failure).toBeInstanceOf(ChangeFailedError)
    const { poll, cause } = failure as ChangeFailedError
    expect(poll.voterCount).toBe(7)
    expect(cause).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' })
  })

  test.each([
    ['an empty result', []],
    ['an attach that still holds the vote', { attach: votedAttach() }],
  ])('a recall answered with %s is a refusal', async (_, answer) => {
    const portal = fakePortal({
      'vote.AttachedVote.recall': () => answer,
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    })

    const failure = await withdraw(portal).catch((error: unknown) => error)

    expect((failure as ChangeFailedError).cause).toBeInstanceOf(RecallRefusedError)
  })

  test('when the poll cannot be read either, the outcome is reported as unknown', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.recall': () => {
        throw restError('REQUEST_TIMEOUT', 'timeout', 408)
      },
      'vote.AttachedVote.get': () => {
        throw restError('NETWORK_ERROR', 'Network Error', 0)
      },
    })

    const failure = await withdraw(portal).catch((error: unknown) => error)

    expect(failure).toBeInstanceOf(ChangeUnconfirmedError)
    expect((failure as Error).cause).toMatchObject({ code: 'REQUEST_TIMEOUT' })
  })
})
