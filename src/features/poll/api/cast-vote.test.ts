import { expect, test } from 'vitest'
import { fakePortal } from '@/testing/fake-portal'
import { votedForAttach } from '@/testing/fixtures/attach'
import { castVote } from './cast-vote'

test('a vote carries the user’s ballot, addressed like the read', async () => {
  const portal = fakePortal({
    'vote.AttachedVote.vote': () => ({ attach: votedForAttach(['3']) }),
  })
  const ballot = { '1': ['3'] }

  const poll = await castVote.send(portal, { messageId: 13 }, ballot)

  expect(portal.calls[0]?.params).toEqual({
    moduleId: 'im',
    entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
    entityId: 13,
    ballot,
    actionUuid: portal.calls[0]?.params.actionUuid,
  })
  expect(portal.calls[0]?.params.actionUuid).toMatch(/^[0-9a-f-]{36}$/)
  expect(poll.questions[0]?.answers.filter((answer) => answer.isMine)).toMatchObject([
    { id: '3' },
  ])
})
