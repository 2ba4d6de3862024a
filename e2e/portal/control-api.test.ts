import { describe, expect, test } from 'vitest'
import { chatView } from './chat-view'
import {
  CLOUD_PHOTO_URL,
  CROWD_CHAT,
  CROWD_USER_IDS,
  LOCAL_PHOTO_PATH,
  TOOLS_POLL,
} from './scenarios'
import { byMessage, docWorld } from './testing/doc-world'
import { useRestHarness } from './testing/rest-harness'

const rest = useRestHarness()

const get = 'vote.AttachedVote.get'

describe('fault injection', () => {
  test('the next N calls of a method fail with the given error, then it works again', async () => {
    const { session, token, control } = rest.open(docWorld().world)
    await control.fault({
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
    const { control, token } = rest.open(docWorld().world)
    await control.fault({ method: get, malformed: true })

    const answer = await rest.call(token, get, byMessage)

    expect(answer.status).toBe(200)
    expect(answer.body).toBeUndefined()
  })

  test('a hung call never answers', async () => {
    const { control, token } = rest.open(docWorld().world)
    await control.fault({ method: get, hang: true })

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
    const { session, control, token } = rest.open(docWorld().world)
    await control.fault({ method: get, hold: true })

    let answered = false
    const call = rest.call(token, get, byMessage).then((answer) => {
      answered = true
      return answer
    })
    await expect.poll(() => session.held.length).toBe(1)
    expect(answered).toBe(false)
    await control.releaseHeldCalls()

    expect((await call).status).toBe(200)
    expect(session.held).toEqual([])
  })

  test('a call that reaches the portal after the release is not held', async () => {
    const { session, control, token } = rest.open(docWorld().world)
    await control.fault({ method: get, hold: true })
    await control.releaseHeldCalls()

    expect((await rest.call(token, get, byMessage)).status).toBe(200)
    expect(session.held).toEqual([])
  })

  test('the portal is quiet only once no call is on its way', async () => {
    const { session, control, token } = rest.open(docWorld().world)
    expect((await rest.call(token, get, byMessage)).status).toBe(200)
    await control.fault({ method: get, hold: true })
    const held = rest.call(token, get, byMessage)
    await expect.poll(() => session.held.length).toBe(1)
    let quiet = false
    const waiting = control.quiet([get]).then(() => {
      quiet = true
    })

    await rest.call(token, 'profile')
    expect(quiet).toBe(false)
    await control.releaseHeldCalls()
    await held
    await waiting

    expect(quiet).toBe(true)
  })

  test('a call answered with an error is not what quiet waits for', async () => {
    const { control, token } = rest.open(docWorld().world)
    await control.expireTokens()
    let quiet = false
    const waiting = control.quiet([get]).then(() => {
      quiet = true
    })

    expect((await rest.call(token, get, byMessage)).status).toBe(401)
    const renewed = await control.auth(1)
    expect(quiet).toBe(false)
    expect((await rest.call(renewed.AUTH_ID, get, byMessage)).status).toBe(200)
    await waiting

    expect(quiet).toBe(true)
  })

  test('latency per request delays every call of the session', async () => {
    const { control, token } = rest.open(docWorld().world)
    await control.setLatency(150)

    const startedAt = Date.now()
    await rest.call(token, get, byMessage)

    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(150)
  })
})

describe('what other people do meanwhile', () => {
  test('a poll stopped now is finished for the next read', async () => {
    const { control, token } = rest.open(docWorld().world)

    const stopped = await control.stopPoll(13)
    const read = await rest.call(token, get, byMessage)

    expect(stopped).toMatchObject({ isFinished: true })
    expect(read.body?.result).toMatchObject({ attach: { isFinished: true } })
  })

  test('another user votes and withdraws now', async () => {
    const { control } = rest.open(docWorld().world)
    const poll = await control.poll(13)

    const voted = await control.voteAs(2, poll, ['Best of all!'])
    const withdrawn = await control.withdrawAs(2, poll)

    expect(voted).toMatchObject({ counter: 1 })
    expect(voted.ballots['2']).toEqual({
      [poll.questions[0]?.id ?? '']: [poll.questions[0]?.answers[1]?.id],
    })
    expect(withdrawn).toMatchObject({ counter: 0, ballots: {} })
  })
})

describe('polls that go away', () => {
  test('a deleted poll message is gone from the chat, and its attach with it', async () => {
    const { world, poll } = docWorld({ ballots: { 1: [['Great!']] } })
    const { control, token } = rest.open(world)
    const answerId = poll.questions[0]?.answers[0]?.id

    await control.deletePoll(13)
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
    const { session, control, token } = rest.open(world, 1)
    const removed = rest.sessions.issueToken(session, 2).accessToken

    const memberIds = await control.removeMember(2, 13)
    const denied = await rest.call(removed, get, byMessage)
    const stillRead = await rest.call(token, get, byMessage)

    expect(memberIds).toEqual([1])
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

    const answer = await rest.request(`/control/sessions/${session.id}/${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
    })

    expect(answer.status).toBe(status)
  })
})

describe('polls a test posts', () => {
  test('a chat poll is a new message in the chat, with the ballots given and every id', async () => {
    const { world } = docWorld()
    const { session, control } = rest.open(world)
    const token = rest.sessions.issueToken(session, 2)

    const poll = await control.createPoll({
      chat: 'Docs',
      authorId: 2,
      questions: [{ text: 'Tea or coffee?', answers: ['Tea', 'Coffee'], multiple: true }],
      revote: false,
      ballots: { 1: [['Tea', 'Coffee']] },
    })
    const read = await rest.call(token.accessToken, get, {
      ...byMessage,
      entityId: poll.messageId,
    })

    const [question] = poll.questions
    expect(poll).toMatchObject({
      entityId: poll.messageId,
      counter: 1,
      isFinished: false,
    })
    expect(poll.ballots).toEqual({
      1: { [question?.id ?? '']: question?.answers.map((answer) => answer.id) },
    })
    expect(read.body?.result).toMatchObject({
      attach: {
        ID: poll.attachId,
        VOTE_ID: poll.voteId,
        canRevote: false,
        isVoted: false,
      },
    })
    const messages = chatView(world, 2, 'en').chats[0]?.messages ?? []
    expect(messages.at(-1)).toMatchObject({
      id: poll.messageId,
      text: 'Tea or coffee?',
      poll: { attachId: poll.attachId, questions: [{ multiple: true }] },
    })
  })

  test('a news-feed poll is a new post every user can read', async () => {
    const { control, token } = rest.open(docWorld().world, 3)

    const poll = await control.createFeedPoll({
      authorId: 1,
      finished: true,
      hideResults: true,
      questions: [
        { text: 'First?', answers: ['a', 'b'], required: true },
        { text: '<b>Second?</b>', answers: ['c', 'd'], html: true, diagram: 'circle' },
      ],
    })
    const read = await rest.call(token, get, { attachId: poll.attachId })

    expect(poll).toMatchObject({ entityId: poll.postId, isFinished: true, counter: 0 })
    expect(read.status).toBe(200)
    expect(read.body?.result).toMatchObject({
      attach: { OPTIONS: 3, isFinished: true, entityId: poll.postId },
    })
  })

  test.each([
    ['a chat that does not exist', { chat: 'Nowhere' }, 404, 'No chat named "Nowhere"'],
    ['an author who does not exist', { authorId: 99 }, 400, 'No user 99 in this portal'],
    [
      'a ballot for an answer the poll lacks',
      { ballots: { 2: [['Maybe']] } },
      400,
      'Poll "Q?" has no answer "Maybe"',
    ],
    [
      'a poll without questions',
      { questions: [] },
      400,
      'Invalid length: Expected >=1 but received 0',
    ],
  ])('a poll in %s is refused, saying why', async (_, change, status, reason) => {
    const { control } = rest.open(docWorld().world)

    const posted = control.createPoll({
      chat: 'Docs',
      authorId: 1,
      questions: [{ text: 'Q?', answers: ['Yes', 'No'] }],
      ...change,
    })

    await expect(posted).rejects.toMatchObject({ status })
    await expect(posted).rejects.toThrow(reason)
  })
})

describe('requests the control API checks', () => {
  test('a body that does not match the route’s schema is refused, saying where', async () => {
    const { session } = rest.open(docWorld().world)

    const answer = await rest.request(`/control/sessions/${session.id}/faults`, {
      method: 'POST',
      body: JSON.stringify({ method: 'vote.AttachedVote.get', times: -1 }),
    })

    expect(answer.status).toBe(400)
    expect(String(answer.body?.error)).toContain('times')
  })
})

describe('the chat’s own poll widget', () => {
  test('votes under the module’s rules: once unless changing votes is allowed, never when finished', async () => {
    const { world, poll } = docWorld({ revote: false })
    const { control } = rest.open(world)
    const question = poll.questions[0]
    const ballot = (index: number) => ({
      [String(question?.id)]: [question?.answers[index]?.id ?? 0],
    })

    const first = await control.voteInWidget(2, poll.attachId, ballot(0))
    const second = control.voteInWidget(2, poll.attachId, ballot(1))
    await expect(second).rejects.toMatchObject({ status: 409 })
    poll.dateEnd = Date.now()
    const finished = control.voteInWidget(1, poll.attachId, ballot(0))

    expect(first).toMatchObject({ counter: 1 })
    await expect(finished).rejects.toMatchObject({
      status: 409,
      reason: 'The poll is inactive.',
    })
    expect(poll.ballots.size).toBe(1)
  })
})

describe('sessions', () => {
  test('a session starts installed with the app in the chat menu, or not installed at all', async () => {
    const installed = await rest.portal.createSession({ scenario: 'demo' })
    const fresh = await rest.portal.createSession({ scenario: 'demo', installed: false })

    expect(await installed.app()).toMatchObject({ installed: true })
    expect(await fresh.app()).toEqual({
      installed: false,
      bindings: [],
      scopes: ['vote', 'placement', 'user_brief'],
    })
  })

  test('a poll in the crowd’s chat has voters that run over several pages', async () => {
    const crowd = await rest.portal.createSession({ scenario: 'crowd' })
    const session = rest.sessions.get(crowd.id)
    if (!session) throw new Error('No crowd session')
    const token = rest.sessions.issueToken(session, 1).accessToken
    const poll = await crowd.createPoll({
      chat: CROWD_CHAT,
      authorId: 1,
      questions: [{ text: 'Keep the Friday demo?', answers: ['Yes', 'No'] }],
      ballots: Object.fromEntries(
        CROWD_USER_IDS.map((id, index) => [id, [[index % 4 === 0 ? 'No' : 'Yes']]]),
      ),
    })
    const yes = poll.questions[0]?.answers.find((answer) => answer.text === 'Yes')

    const page = await rest.call(token, 'vote.AttachedVote.getAnswerVoted', {
      ...byMessage,
      entityId: poll.messageId,
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
