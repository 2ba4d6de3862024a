import { describe, expect, test } from 'vitest'
import { chatView } from './chat-view'
import { CLOUD_PHOTO_URL, LOCAL_PHOTO_PATH, TOOLS_POLL } from './scenarios'
import { byMessage, docWorld } from './testing/doc-world'
import { useRestHarness } from './testing/rest-harness'

const rest = useRestHarness()

const get = 'vote.AttachedVote.get'

describe('fault injection', () => {
  test('the next N calls of a method fail with the given error, then it works again', async () => {
    const { session, token } = rest.open(docWorld().world)
    await rest.control(session.id, 'faults', {
      method: 'VOTE.attachedVote.get',
      times: 2,
      error: {
        status: 500,
        code: 'INTERNAL_SERVER_ERROR',
        description: 'Internal server error',
      },
    })

    const statuses = []
    for (let call = 0; call < 3; call += 1) {
      statuses.push((await rest.call(token, get, byMessage)).status)
    }

    expect(statuses).toEqual([500, 500, 200])
    expect(session.calls.map((call) => call.error)).toEqual([
      'INTERNAL_SERVER_ERROR',
      'INTERNAL_SERVER_ERROR',
      undefined,
    ])
  })

  test('a malformed body is HTTP 200 with JSON cut short', async () => {
    const { session, token } = rest.open(docWorld().world)
    await rest.control(session.id, 'faults', { method: get, malformed: true })

    const answer = await rest.call(token, get, byMessage)

    expect(answer.status).toBe(200)
    expect(answer.body).toBeUndefined()
  })

  test('a hung call never answers', async () => {
    const { session, token } = rest.open(docWorld().world)
    await rest.control(session.id, 'faults', { method: get, hang: true })

    const outcome = await Promise.race([
      rest.call(token, get, byMessage).then(() => 'answered'),
      new Promise((done) => {
        setTimeout(() => {
          done('still waiting')
        }, 300)
      }),
    ])

    expect(outcome).toBe('still waiting')
  })

  test('a held call answers only once the test releases it, then as usual', async () => {
    const { session, token } = rest.open(docWorld().world)
    await rest.control(session.id, 'faults', { method: get, hold: true })

    let answered = false
    const call = rest.call(token, get, byMessage).then((answer) => {
      answered = true
      return answer
    })
    await expect.poll(() => session.held.length).toBe(1)
    expect(answered).toBe(false)
    await rest.control(session.id, 'faults/release', {})

    expect((await call).status).toBe(200)
    expect(session.held).toEqual([])
  })

  test('latency per request delays every call of the session', async () => {
    const { session, token } = rest.open(docWorld().world)
    await rest.control(session.id, 'latency', { ms: 150 })

    const startedAt = Date.now()
    await rest.call(token, get, byMessage)

    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(150)
  })
})

describe('what other people do meanwhile', () => {
  test('a poll stopped now is finished for the next read', async () => {
    const { session, token } = rest.open(docWorld().world)

    const stopped = await rest.control(session.id, 'polls/13/stop', {})
    const read = await rest.call(token, get, byMessage)

    expect(stopped.body).toMatchObject({ isFinished: true })
    expect(read.body?.result).toMatchObject({ attach: { isFinished: true } })
  })

  test('another user votes and withdraws now', async () => {
    const { world, poll } = docWorld()
    const { session } = rest.open(world)
    const question = poll.questions[0]
    const ballot = { [String(question?.id)]: [String(question?.answers[1]?.id)] }

    const voted = await rest.control(session.id, 'ballots', {
      userId: 2,
      messageId: 13,
      ballot,
    })
    const withdrawn = await rest.control(session.id, 'ballots', {
      userId: 2,
      messageId: 13,
      ballot: null,
    })

    expect(voted.body).toMatchObject({ counter: 1 })
    expect(withdrawn.body).toMatchObject({ counter: 0, ballots: {} })
  })
})

describe('polls that go away', () => {
  test('a deleted poll message is gone from the chat, and its attach with it', async () => {
    const { world, poll } = docWorld({ ballots: { 1: [['Great!']] } })
    const { session, token } = rest.open(world)
    const answerId = poll.questions[0]?.answers[0]?.id

    const deleted = await rest.control(session.id, 'polls/13/delete', {})
    const answers = await Promise.all([
      rest.call(token, get, byMessage),
      rest.call(token, get, { attachId: poll.attachId }),
      rest.call(token, 'vote.AttachedVote.recall', byMessage),
      rest.call(token, 'vote.AttachedVote.vote', {
        ...byMessage,
        ballot: { [String(poll.questions[0]?.id)]: [answerId] },
      }),
      rest.call(token, 'vote.AttachedVote.getAnswerVoted', { ...byMessage, answerId }),
    ])

    expect(deleted.status).toBe(200)
    for (const answer of answers) {
      expect(answer.status).toBe(400)
      expect(answer.body).toEqual({
        error: 'ATTACH_NOT_FOUND',
        error_description: 'Attach not found',
      })
    }
    const [chat] = chatView(world, 1, 'en').chats
    expect(chat?.messages.map((message) => message.id)).not.toContain(13)
  })

  test('a user removed from the chat can no longer read its poll; the others still can', async () => {
    const { world } = docWorld()
    const { session, token } = rest.open(world, 1)
    const removed = rest.sessions.issueToken(session, 2).accessToken

    const removal = await rest.control(session.id, 'polls/13/members/remove', {
      userId: 2,
    })
    const denied = await rest.call(removed, get, byMessage)
    const stillRead = await rest.call(token, get, byMessage)

    expect(removal.body).toEqual({ memberIds: [1] })
    expect(denied.status).toBe(400)
    expect(denied.body).toEqual({
      error: '0',
      error_description: 'Attach read access denied',
    })
    expect(stillRead.status).toBe(200)
  })

  test.each([
    ['deleting a message that is not in any chat', 'polls/99/delete', {}, 404],
    [
      'removing from a message that is not in any chat',
      'polls/99/members/remove',
      { userId: 2 },
      404,
    ],
    ['no user to remove', 'polls/13/members/remove', {}, 400],
    ['a user who is not in the chat', 'polls/13/members/remove', { userId: 3 }, 400],
  ])('%s is refused', async (_, path, body, status) => {
    const { session } = rest.open(docWorld().world)

    expect((await rest.control(session.id, path, body)).status).toBe(status)
  })
})

describe('the chat’s own poll widget', () => {
  test('votes under the module’s rules: once unless changing votes is allowed, never when finished', async () => {
    const { world, poll } = docWorld({ revote: false })
    const { session } = rest.open(world)
    const question = poll.questions[0]
    const ballot = (index: number) => ({
      userId: 2,
      attachId: poll.attachId,
      ballot: { [String(question?.id)]: [question?.answers[index]?.id] },
    })

    const first = await rest.control(session.id, 'widget-ballots', ballot(0))
    const second = await rest.control(session.id, 'widget-ballots', ballot(1))
    poll.dateEnd = Date.now()
    const finished = await rest.control(session.id, 'widget-ballots', {
      ...ballot(0),
      userId: 1,
    })

    expect(first.body).toMatchObject({ counter: 1 })
    expect(second.status).toBe(409)
    expect(finished.status).toBe(409)
    expect(poll.ballots.size).toBe(1)
  })
})

describe('sessions', () => {
  test('a session starts installed with the app in the chat menu, or not installed at all', async () => {
    const installed = await rest.request('/control/sessions', {
      method: 'POST',
      body: JSON.stringify({ scenario: 'demo' }),
    })
    const fresh = await rest.request('/control/sessions', {
      method: 'POST',
      body: JSON.stringify({ scenario: 'demo', installed: false }),
    })

    const installedApp = await rest.control(String(installed.body?.id), 'app')
    const freshApp = await rest.control(String(fresh.body?.id), 'app')

    expect(installedApp.body).toMatchObject({ installed: true })
    expect(freshApp.body).toEqual({
      installed: false,
      bindings: [],
      scopes: ['vote', 'placement', 'user_brief'],
    })
  })

  test('the crowd scenario has a public poll whose voters run over several pages', async () => {
    const created = await rest.request('/control/sessions', {
      method: 'POST',
      body: JSON.stringify({ scenario: 'crowd' }),
    })
    const session = rest.sessions.get(String(created.body?.id))
    if (!session) throw new Error('No crowd session')
    const token = rest.sessions.issueToken(session, 1).accessToken
    const poll = (await rest.control(session.id, 'polls/1008')).body as {
      questions: { answers: { id: string; text: string; counter: number }[] }[]
    }
    const yes = poll.questions[0]?.answers.find((answer) => answer.text === 'Yes')

    const page = await rest.call(token, 'vote.AttachedVote.getAnswerVoted', {
      ...byMessage,
      entityId: 1008,
      answerId: yes?.id,
    })

    expect(yes?.counter).toBe(90)
    expect(page.body).toMatchObject({ total: 90, next: 50 })
  })

  test('the demo has a poll as a REST client sends it, with voters of every kind of photo', async () => {
    const created = await rest.request('/control/sessions', {
      method: 'POST',
      body: JSON.stringify({ scenario: 'demo' }),
    })
    const session = rest.sessions.get(String(created.body?.id))
    if (!session) throw new Error('No demo session')
    const token = rest.sessions.issueToken(session, 1).accessToken

    const { body } = await rest.call(token, 'vote.AttachedVote.getWithVoted', {
      ...byMessage,
      entityId: TOOLS_POLL,
    })

    const { attach, voted } = body?.result as {
      attach: {
        ID: number
        QUESTIONS: Record<
          string,
          { FIELD_TYPE: string; ANSWERS: Record<string, { MESSAGE_TYPE: string }> }
        >
      }
      voted: Record<string, { ID: number; IMAGE: string | null }[]>
    }
    const [question] = Object.values(attach.QUESTIONS)
    expect(attach.ID).toBe(49)
    expect(question?.FIELD_TYPE).toBe('3')
    expect(
      Object.values(question?.ANSWERS ?? {}).map((answer) => answer.MESSAGE_TYPE),
    ).toEqual(['html', 'html', 'html', 'html'])
    const images = Object.fromEntries(
      Object.values(voted)
        .flat()
        .map((voter) => [voter.ID, voter.IMAGE]),
    )
    expect(images).toEqual({
      4: null,
      10: LOCAL_PHOTO_PATH,
      11: CLOUD_PHOTO_URL,
    })
  })

  test('a session’s lock timeout must be a number of milliseconds', async () => {
    const answer = await rest.request('/control/sessions', {
      method: 'POST',
      body: JSON.stringify({ scenario: 'demo', settings: { lockTimeoutMs: 'soon' } }),
    })

    expect(answer.status).toBe(400)
  })

  test('an unknown scenario is refused', async () => {
    const answer = await rest.request('/control/sessions', {
      method: 'POST',
      body: JSON.stringify({ scenario: 'nowhere' }),
    })

    expect(answer.status).toBe(400)
  })

  test('a deleted session takes its tokens with it', async () => {
    const { session, token } = rest.open(docWorld().world)

    await rest.request(`/control/sessions/${session.id}`, { method: 'DELETE' })

    expect((await rest.call(token, get, byMessage)).body?.error).toBe('invalid_token')
  })
})
