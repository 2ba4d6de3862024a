import { describe, expect, test } from 'vitest'
import { fakePortal, restError } from '@/testing/fake-portal'
import { votedAttach } from '@/testing/fixtures/attach'
import { InvalidPayloadError } from './attach-payload'
import { getPoll } from './get-poll'

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
