import { stringify } from 'qs'
import { describe, expect, test } from 'vitest'
import {
  getExample,
  getManyExample,
  getWithVotedExample,
  recallExample,
  voteExample,
} from '../testing/doc-examples'
import { byMessage, docWorld } from '../testing/doc-world'
import { shapeOf } from '../testing/json-shape'
import { useRestHarness } from '../testing/rest-harness'
import { HIDE_RESULT } from '../vote/poll'
import { WorldBuilder } from '../scenarios'

const rest = useRestHarness()

/** The answer ids of the doc poll, in order. */
function answerIds(poll: ReturnType<typeof docWorld>['poll']): number[] {
  return poll.questions[0]?.answers.map((answer) => answer.id) ?? []
}

describe('the documented examples, replayed field by field', () => {
  test('get answers with the attach of the docs, every field of the same JSON type', async () => {
    const { world } = docWorld({ ballots: { 1: [['Great!']] } })
    const { token } = rest.open(world)

    const { status, body } = await rest.call(token, 'vote.AttachedVote.get', byMessage)

    expect(status).toBe(200)
    expect(shapeOf(body?.result)).toEqual(shapeOf(getExample))
  })

  test('getMany answers with the items of the docs, in the order asked', async () => {
    const { world } = docWorld({ ballots: { 1: [['Great!']] } })
    const { token } = rest.open(world)

    const { body } = await rest.call(token, 'vote.AttachedVote.getMany', {
      moduleId: 'im',
      entityType: byMessage.entityType,
      entityIds: [13],
    })

    expect(shapeOf(body)).toEqual(shapeOf(getManyExample))
  })

  test('getWithVoted lists who chose each answer, like the docs', async () => {
    const { world, poll } = docWorld(
      {
        revote: false,
        questions: [
          {
            text: 'First test vote',
            answers: ['first option', 'second option', 'third option'],
            html: true,
          },
        ],
        ballots: { 1: [['second option']] },
      },
      { anonymousValue: 1 },
    )
    const { token } = rest.open(world)

    const { body } = await rest.call(token, 'vote.AttachedVote.getWithVoted', byMessage)

    expect(shapeOf(body)).toEqual(shapeOf(getWithVotedExample))
    expect(body?.result).toMatchObject({
      attach: { ANONYMITY: 0, OPTIONS: 0, canRevote: false },
      voted: { [String(answerIds(poll)[1])]: [{ ID: 1, NAME: 'Alex' }] },
    })
  })

  test('vote answers like the docs: the counters it changed are numbers, the others strings', async () => {
    const { world, poll } = docWorld()
    const { token } = rest.open(world)
    const [great] = answerIds(poll)

    const { body } = await rest.call(token, 'vote.AttachedVote.vote', {
      ...byMessage,
      ballot: { [String(poll.questions[0]?.id)]: [String(great)] },
    })

    expect(shapeOf(body)).toEqual(shapeOf(voteExample))
  })

  test('recall answers like the docs: the withdrawn counters are numbers, userAnswerMap is []', async () => {
    const { world } = docWorld({ ballots: { 1: [['Great!']] } })
    const { token } = rest.open(world)

    const { body } = await rest.call(token, 'vote.AttachedVote.recall', byMessage)

    expect(shapeOf(body)).toEqual(shapeOf(recallExample))
  })

  test('voters are listed by user id, as the module orders them, not in the order they voted', async () => {
    const { world, poll } = docWorld()
    const bea = rest.open(world, 2)
    const alex = rest.sessions.issueToken(bea.session, 1).accessToken
    const [great] = answerIds(poll)
    const ballot = { [String(poll.questions[0]?.id)]: [String(great)] }
    await rest.call(bea.token, 'vote.AttachedVote.vote', { ...byMessage, ballot })
    await rest.call(alex, 'vote.AttachedVote.vote', { ...byMessage, ballot })

    const withVoted = await rest.call(
      bea.token,
      'vote.AttachedVote.getWithVoted',
      byMessage,
    )
    const answerVoted = await rest.call(bea.token, 'vote.AttachedVote.getAnswerVoted', {
      ...byMessage,
      answerId: great,
    })

    const ids = (rows: unknown) => (rows as { ID: number }[]).map((row) => row.ID)
    const result = withVoted.body?.result as { voted: Record<string, unknown> }
    expect(ids(result.voted[String(great)])).toEqual([1, 2])
    expect(ids((answerVoted.body?.result as { items: unknown }).items)).toEqual([1, 2])
  })

  test('getAnswerVoted pages voters with total at the top level, like the docs', async () => {
    const { world, poll } = docWorld({ ballots: { 1: [['Great!']] } })
    const { token } = rest.open(world)

    const { body } = await rest.call(token, 'vote.AttachedVote.getAnswerVoted', {
      ...byMessage,
      answerId: answerIds(poll)[0],
    })

    expect(shapeOf(body)).toEqual(
      shapeOf({
        result: {
          items: [{ ID: 1, NAME: 'Alex', IMAGE: 'https://x/a.jpg', WORK_POSITION: '' }],
        },
        total: 1,
        time: voteExample.time,
      }),
    )
  })

  test('stop and resume answer with an empty array, like the docs', async () => {
    const { world } = docWorld()
    const { token } = rest.open(world)

    for (const method of ['vote.AttachedVote.stop', 'vote.AttachedVote.resume']) {
      const { status, body } = await rest.call(token, method, byMessage)
      expect(status).toBe(200)
      expect(body?.result).toEqual([])
    }
  })

  test('Im.send answers with the new message and vote ids, like the docs', async () => {
    const { world } = docWorld()
    const { token } = rest.open(world)

    const { body } = await rest.call(token, 'vote.Integration.Im.send', {
      chatId: 7,
      IM_MESSAGE_VOTE_DATA: {
        QUESTIONS: [
          {
            QUESTION: 'Tea or coffee?',
            FIELD_TYPE: 0,
            ANSWERS: [{ MESSAGE: 'Tea' }, { MESSAGE: 'Coffee' }],
          },
        ],
        ANONYMITY: 0,
        OPTIONS: 0,
      },
    })

    expect(shapeOf(body?.result)).toEqual(shapeOf({ messageId: 23, voteId: 7 }))
  })
})

describe('addressing an attach', () => {
  test('by attachId, by signedAttachId and by module, entity type and message id alike', async () => {
    const { world, poll } = docWorld()
    const { token } = rest.open(world)
    const signed = (await rest.call(token, 'vote.AttachedVote.get', byMessage)).body
      ?.result as { attach: { signedAttachId: string } }

    for (const addressing of [
      { attachId: String(poll.attachId) },
      { signedAttachId: signed.attach.signedAttachId },
      { ...byMessage, moduleId: 'Im', entityId: '13' },
    ]) {
      const { body } = await rest.call(token, 'vote.AttachedVote.get', addressing)
      expect(body?.result).toMatchObject({ attach: { ID: poll.attachId, entityId: 13 } })
    }
  })

  test.each([
    ['nothing to address by', {}],
    ['an attachId that is not a number', { attachId: '**put_attach_id**' }],
    ['a module without an entity type', { moduleId: 'im', entityId: 13 }],
  ])('%s is error 100', async (_, params) => {
    const { world } = docWorld()
    const { token } = rest.open(world)

    const { status, body } = await rest.call(token, 'vote.AttachedVote.get', params)

    expect(status).toBe(400)
    expect(body).toEqual({
      error: '100',
      error_description:
        'Bitrix\\Vote\\Attach All parameters in the constructor must have real class type',
    })
  })

  test('a message without a poll is ATTACH_NOT_FOUND', async () => {
    const { world } = docWorld()
    const { token } = rest.open(world)

    const { status, body } = await rest.call(token, 'vote.AttachedVote.get', {
      ...byMessage,
      entityId: 14,
    })

    expect(status).toBe(400)
    expect(body).toEqual({
      error: 'ATTACH_NOT_FOUND',
      error_description: 'Attach not found',
    })
  })

  test('someone outside the chat cannot read the poll, unless they hold its signed id', async () => {
    const { world, poll } = docWorld()
    const author = rest.open(world, 1)
    const outsider = rest.sessions.issueToken(author.session, 3).accessToken
    const signed = (
      (await rest.call(author.token, 'vote.AttachedVote.get', byMessage)).body
        ?.result as {
        attach: { signedAttachId: string }
      }
    ).attach.signedAttachId

    const denied = await rest.call(outsider, 'vote.AttachedVote.get', byMessage)
    const withSignature = await rest.call(outsider, 'vote.AttachedVote.getWithVoted', {
      signedAttachId: signed,
    })
    const voteWithSignature = await rest.call(outsider, 'vote.AttachedVote.vote', {
      signedAttachId: signed,
      ballot: { [String(poll.questions[0]?.id)]: [String(answerIds(poll)[0])] },
    })

    expect(denied.body).toEqual({
      error: '0',
      error_description: 'Attach read access denied',
    })
    expect(withSignature.status).toBe(200)
    expect(voteWithSignature.body?.error).toBe('0')
  })

  /** Alex and Bea work here, Erin is an extranet guest; only Alex is in the chat. */
  function companyWithGuest() {
    const builder = new WorldBuilder()
    for (const [id, name, isExtranet] of [
      [1, 'Alex', false],
      [2, 'Bea', false],
      [4, 'Erin', true],
    ] as const) {
      builder.user({
        id,
        name,
        position: '',
        isAdmin: id === 1,
        hasPhoto: false,
        isExtranet,
      })
    }
    return builder
  }
  const question = { text: 'Lunch?', answers: ['Soup', 'Salad'] }

  test('in an open chat anyone but an extranet guest reads and votes, without joining', async () => {
    const builder = companyWithGuest()
    const chat = builder.chat(8, 'Everyone', [1], { isOpen: true })
    const poll = builder.chatPoll(chat, 21, { authorId: 1, questions: [question] })
    const bea = rest.open(builder.world, 2)
    const erin = rest.sessions.issueToken(bea.session, 4).accessToken
    const address = { ...byMessage, entityId: 21 }
    const ballot = { [String(poll.questions[0]?.id)]: [String(answerIds(poll)[0])] }

    const beaVotes = await rest.call(bea.token, 'vote.AttachedVote.vote', {
      ...address,
      ballot,
    })
    const erinReads = await rest.call(erin, 'vote.AttachedVote.get', address)

    expect(beaVotes.status).toBe(200)
    expect(beaVotes.body?.result).toMatchObject({ attach: { isVoted: true } })
    expect(erinReads.body).toEqual({
      error: '0',
      error_description: 'Attach read access denied',
    })
  })

  test('a news-feed poll is read by who the post was sent to, not by everyone', async () => {
    const builder = companyWithGuest()
    const toBea = builder.feedPoll(601, { authorId: 1, questions: [question] }, [2])
    const toAll = builder.feedPoll(602, { authorId: 1, questions: [question] })
    const bea = rest.open(builder.world, 2)
    const erin = rest.sessions.issueToken(bea.session, 4).accessToken
    const alex = rest.sessions.issueToken(bea.session, 1).accessToken
    const read = (token: string, poll: { attachId: number }) =>
      rest.call(token, 'vote.AttachedVote.get', { attachId: poll.attachId })

    expect((await read(bea.token, toBea)).status).toBe(200)
    expect((await read(alex, toBea)).status).toBe(200)
    expect((await read(erin, toBea)).body?.error).toBe('0')
    expect((await read(bea.token, toAll)).status).toBe(200)
    expect((await read(erin, toAll)).body?.error).toBe('0')
  })

  test('the UID that resultUrl ends with addresses the attach like a signed id, read access included', async () => {
    const { world, poll } = docWorld()
    const { session } = rest.open(world, 1)
    const outsider = rest.sessions.issueToken(session, 3).accessToken
    const ballot = { [String(poll.questions[0]?.id)]: [answerIds(poll)[0]] }

    const read = await rest.call(outsider, 'vote.AttachedVote.get', {
      signedAttachId: poll.uid,
    })
    const vote = await rest.call(outsider, 'vote.AttachedVote.vote', {
      signedAttachId: poll.uid,
      ballot,
    })
    const unknown = await rest.call(outsider, 'vote.AttachedVote.get', {
      signedAttachId: 'a'.repeat(16),
    })

    expect(read.body?.result).toMatchObject({
      attach: { ID: poll.attachId, resultUrl: `/vote-result/${poll.uid}` },
    })
    expect(vote.body?.error).toBe('0')
    expect(unknown.body?.error).toBe('ATTACH_NOT_FOUND')
  })

  test.each([
    ['vote', 'ballot'],
    ['getAnswerVoted', 'answerId'],
  ])(
    '%s without %s is error 100, even on a message without a poll',
    async (method, parameter) => {
      const { world } = docWorld()
      const { token } = rest.open(world)

      for (const entityId of [13, 14]) {
        const { status, body } = await rest.call(token, `vote.AttachedVote.${method}`, {
          ...byMessage,
          entityId,
        })
        expect(status).toBe(400)
        expect(body).toEqual({
          error: '100',
          error_description: `Could not find value for parameter {${parameter}}`,
        })
      }
    },
  )
})

describe('voting', () => {
  test('a single-choice question keeps only the first answer; a multiple-choice one keeps all', async () => {
    const { world, poll } = docWorld({
      questions: [
        { text: 'One', answers: ['a', 'b', 'c'] },
        { text: 'Many', answers: ['x', 'y', 'z'], multiple: true },
      ],
    })
    const { token } = rest.open(world)
    const [one, many] = poll.questions

    const { body } = await rest.call(token, 'vote.AttachedVote.vote', {
      attachId: poll.attachId,
      ballot: {
        [String(one?.id)]: one?.answers.map((answer) => answer.id),
        [String(many?.id)]: many?.answers.slice(1).map((answer) => answer.id),
      },
    })

    const attach = (body?.result as { attach: { userAnswerMap: Record<string, object> } })
      .attach
    expect(Object.keys(attach.userAnswerMap[String(one?.id)] ?? {})).toEqual([
      String(one?.answers[0]?.id),
    ])
    expect(Object.keys(attach.userAnswerMap[String(many?.id)] ?? {})).toHaveLength(2)
  })

  test('a form-encoded ballot with bracket keys counts like a JSON one', async () => {
    const { world, poll } = docWorld()
    const { token } = rest.open(world, 2)
    const questionId = poll.questions[0]?.id
    const form = new URLSearchParams({
      auth: token,
      attachId: String(poll.attachId),
      [`ballot[${questionId}][0]`]: String(answerIds(poll)[2]),
    })

    const { body } = await rest.request('/rest/vote.attachedvote.vote.json', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    })

    expect(body?.result).toMatchObject({ attach: { COUNTER: 1, isVoted: true } })
  })

  test('a form call, every value a string, answers with the same JSON types as its JSON twin', async () => {
    const asForm = rest.open(docWorld().world, 2)
    const asJson = rest.open(docWorld().world, 2)
    const { poll } = docWorld()
    const ballot = { [String(poll.questions[0]?.id)]: [String(answerIds(poll)[1])] }
    const calls: [string, Record<string, unknown>][] = [
      ['vote.AttachedVote.get', byMessage],
      ['vote.AttachedVote.vote', { ...byMessage, ballot }],
      ['vote.AttachedVote.getWithVoted', { ...byMessage, pageSize: 3 }],
      [
        'vote.AttachedVote.getAnswerVoted',
        {
          ...byMessage,
          answerId: answerIds(poll)[1],
          pageNavigation: { pageSize: 50, currentPage: 1 },
          start: 0,
        },
      ],
      ['vote.AttachedVote.recall', byMessage],
    ]

    for (const [method, params] of calls) {
      const fromJson = await rest.call(asJson.token, method, params)
      const fromForm = await rest.request(`/rest/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: stringify(
          { ...params, auth: asForm.token },
          { arrayFormat: 'brackets', encodeValuesOnly: true },
        ),
      })

      expect(fromForm.status).toBe(200)
      expect(shapeOf(fromForm.body?.result)).toEqual(shapeOf(fromJson.body?.result))
    }
  })

  test('a stopped poll refuses votes with "403" The poll is inactive, and resuming reopens it', async () => {
    const { world, poll } = docWorld()
    const { token } = rest.open(world)
    const ballot = { [String(poll.questions[0]?.id)]: [answerIds(poll)[0]] }

    await rest.call(token, 'vote.AttachedVote.stop', byMessage)
    const refused = await rest.call(token, 'vote.AttachedVote.vote', {
      ...byMessage,
      ballot,
    })
    const stopped = await rest.call(token, 'vote.AttachedVote.get', byMessage)
    await rest.call(token, 'vote.AttachedVote.resume', byMessage)
    const accepted = await rest.call(token, 'vote.AttachedVote.vote', {
      ...byMessage,
      ballot,
    })

    expect(refused.status).toBe(400)
    expect(refused.body).toEqual({
      error: '403',
      error_description: 'The poll is inactive.',
    })
    expect(stopped.body?.result).toMatchObject({
      attach: { isFinished: true, canVote: false, canRevote: false },
    })
    expect(accepted.body?.result).toMatchObject({ attach: { isVoted: true } })
  })

  test('only the poll message author may stop or resume it, and only they have canEdit', async () => {
    const { world } = docWorld()
    const { session } = rest.open(world, 1)
    const member = rest.sessions.issueToken(session, 2).accessToken

    const stop = await rest.call(member, 'vote.AttachedVote.stop', byMessage)
    const read = await rest.call(member, 'vote.AttachedVote.get', byMessage)

    expect(stop.body).toEqual({ error: '403', error_description: 'Access denied.' })
    expect(read.body?.result).toMatchObject({ attach: { canEdit: false } })
  })

  test('with HIDE_RESULT every member still gets the counters and the voters over REST', async () => {
    const { world, poll } = docWorld({ ballots: { 1: [['Great!']], 2: [['Great!']] } })
    poll.options |= HIDE_RESULT
    const { session } = rest.open(world, 1)
    const member = rest.sessions.issueToken(session, 2).accessToken
    const great = answerIds(poll)[0]

    const withVoted = await rest.call(member, 'vote.AttachedVote.getWithVoted', byMessage)
    const answerVoted = await rest.call(member, 'vote.AttachedVote.getAnswerVoted', {
      ...byMessage,
      answerId: great,
    })
    const download = await rest.request(
      `/rest/vote.AttachedVote.download?auth=${member}&attachId=${poll.attachId}`,
    )

    expect(withVoted.body?.result).toMatchObject({
      attach: {
        OPTIONS: 3,
        COUNTER: 2,
        QUESTIONS: {
          [String(poll.questions[0]?.id)]: {
            COUNTER: '2',
            ANSWERS: { [String(great)]: { COUNTER: '2', PERCENT: 100 } },
          },
        },
      },
      voted: { [String(great)]: [{ ID: 1 }, { ID: 2 }] },
    })
    expect(answerVoted.body).toMatchObject({ total: 2 })
    expect(download.text).toContain('<td>Great!</td><td>2</td><td>Alex, Bea</td>')
  })

  test.each([
    ['an empty ballot', () => ({})],
    ['an answer of another poll', (questionId: number) => ({ [questionId]: [9999] })],
  ])(
    'a change of vote to %s is refused and leaves the user with no vote at all',
    async (_, ballotFor) => {
      const { world, poll } = docWorld({ ballots: { 2: [['Great!']] } })
      const { token } = rest.open(world, 2)
      const questionId = poll.questions[0]?.id ?? 0

      const refused = await rest.call(token, 'vote.AttachedVote.vote', {
        ...byMessage,
        ballot: ballotFor(questionId),
      })
      const after = await rest.call(token, 'vote.AttachedVote.get', byMessage)

      expect(refused.status).toBe(200)
      expect(refused.body?.result).toEqual([])
      expect(poll.ballots.has(2)).toBe(false)
      expect(after.body?.result).toMatchObject({
        attach: { COUNTER: 0, isVoted: false, userAnswerMap: [] },
      })
    },
  )

  test('a change of vote that skips a required question loses the old vote too', async () => {
    const { world, poll } = docWorld({
      questions: [
        { text: 'Required', answers: ['a', 'b'], required: true },
        { text: 'Optional', answers: ['x', 'y'] },
      ],
      ballots: { 2: [['a'], ['x']] },
    })
    const { token } = rest.open(world, 2)
    const optional = poll.questions[1]

    const refused = await rest.call(token, 'vote.AttachedVote.vote', {
      ...byMessage,
      ballot: { [String(optional?.id)]: [optional?.answers[1]?.id] },
    })

    expect(refused.body?.result).toEqual([])
    expect(poll.ballots.has(2)).toBe(false)
  })
})

describe('voter lists', () => {
  function crowd(voters: number, settings = {}) {
    const ballots = Object.fromEntries(
      Array.from({ length: voters }, (_, index) => [index + 10, [['Great!']]]),
    )
    const built = docWorld({ ballots }, settings)
    const chat = built.world.chats[0]
    for (let id = 10; id < 10 + voters; id += 1) {
      built.world.users.set(id, {
        id,
        name: `Voter ${id}`,
        position: '',
        isAdmin: false,
        hasPhoto: false,
      })
      chat?.memberIds.push(id)
    }
    return built
  }

  test('getAnswerVoted pages by start, 50 at a time, with next while more remain', async () => {
    const { world, poll } = crowd(120)
    const { token } = rest.open(world)
    const answerId = answerIds(poll)[0]
    const page = (start: number) =>
      rest.call(token, 'vote.AttachedVote.getAnswerVoted', {
        ...byMessage,
        answerId,
        start,
      })

    const first = (await page(0)).body
    const last = (await page(100)).body

    expect(first).toMatchObject({ total: 120, next: 50 })
    expect((first?.result as { items: unknown[] }).items).toHaveLength(50)
    expect(last).toMatchObject({ total: 120 })
    expect(last).not.toHaveProperty('next')
    expect(
      (last?.result as { items: { ID: number }[] }).items.map((item) => item.ID),
    ).toEqual(Array.from({ length: 20 }, (_, index) => 110 + index))
  })

  test('with the page-navigation switch getAnswerVoted follows pageNavigation instead', async () => {
    const { world, poll } = crowd(25, { answerVotedPaging: 'page-navigation' })
    const { token } = rest.open(world)

    const { body } = await rest.call(token, 'vote.AttachedVote.getAnswerVoted', {
      ...byMessage,
      answerId: answerIds(poll)[0],
      pageNavigation: { pageSize: 10, currentPage: 3 },
    })

    expect((body?.result as { items: unknown[] }).items).toHaveLength(5)
    expect(body).toMatchObject({ total: 25 })
  })

  test('an answer of another poll is "403" Access denied', async () => {
    const { world } = docWorld()
    const { token } = rest.open(world)

    const { body } = await rest.call(token, 'vote.AttachedVote.getAnswerVoted', {
      ...byMessage,
      answerId: 9999,
    })

    expect(body).toEqual({ error: '403', error_description: 'Access denied.' })
  })

  test.each([
    { anonymousValue: 2, anonymity: 2, hidden: true },
    { anonymousValue: 2, anonymity: 1, hidden: false },
    { anonymousValue: 1, anonymity: 1, hidden: true },
    { anonymousValue: 1, anonymity: 0, hidden: false },
  ] as const)(
    'when $anonymousValue means anonymous, a vote in a poll with ANONYMITY $anonymity is hidden: $hidden',
    async ({ anonymousValue, anonymity, hidden }) => {
      const { world, poll } = docWorld({}, { anonymousValue })
      Object.assign(poll, { anonymity })
      const { session, token } = rest.open(world)
      const voter = rest.sessions.issueToken(session, 2).accessToken
      const answerId = answerIds(poll)[0]
      await rest.call(voter, 'vote.AttachedVote.vote', {
        ...byMessage,
        ballot: { [String(poll.questions[0]?.id)]: [answerId] },
      })

      const withVoted = await rest.call(
        token,
        'vote.AttachedVote.getWithVoted',
        byMessage,
      )
      const answerVoted = await rest.call(token, 'vote.AttachedVote.getAnswerVoted', {
        ...byMessage,
        answerId,
      })

      expect(withVoted.body?.result).toMatchObject({
        attach: { ANONYMITY: anonymity, COUNTER: 1 },
      })
      expect(Array.isArray((withVoted.body?.result as { voted: unknown }).voted)).toBe(
        hidden,
      )
      expect(answerVoted.body?.total).toBe(hidden ? 0 : 1)
    },
  )
})

describe('where the docs leave a choice open, both sides are switches', () => {
  test.each([
    { readDeniedCode: 'module', error: '0' },
    { readDeniedCode: 'docs', error: 'ATTACH_READ_ACCESS_DENIED' },
  ] as const)(
    'a refused read is HTTP 400 "$error" on every addressed action with readDeniedCode $readDeniedCode',
    async ({ readDeniedCode, error }) => {
      const { world, poll } = docWorld({}, { readDeniedCode })
      const { session } = rest.open(world, 1)
      const outsider = rest.sessions.issueToken(session, 3).accessToken
      const ballot = { [String(poll.questions[0]?.id)]: [answerIds(poll)[0]] }
      const calls: [string, Record<string, unknown>][] = [
        ['get', {}],
        ['getWithVoted', {}],
        ['getAnswerVoted', { answerId: answerIds(poll)[0] }],
        ['vote', { ballot }],
        ['recall', {}],
        ['stop', {}],
        ['resume', {}],
      ]

      for (const [method, params] of calls) {
        const answer = await rest.call(outsider, `vote.AttachedVote.${method}`, {
          ...byMessage,
          ...params,
        })
        expect(answer.status).toBe(400)
        expect(answer.body).toEqual({
          error,
          error_description: 'Attach read access denied',
        })
      }
    },
  )

  test.each([
    { refusal: 'empty-result', status: 200, body: { result: [] } },
    {
      refusal: 'error',
      status: 400,
      body: { error: '400', error_description: 'Cannot save poll.' },
    },
  ] as const)(
    'a vote refused by the module answers $status with refusal "$refusal"',
    async ({ refusal, status, body }) => {
      const { world, poll } = docWorld(
        { revote: false, ballots: { 1: [['Great!']] } },
        { refusal },
      )
      const { token } = rest.open(world)

      const again = await rest.call(token, 'vote.AttachedVote.vote', {
        ...byMessage,
        ballot: { [String(poll.questions[0]?.id)]: [answerIds(poll)[1]] },
      })
      const recall = await rest.call(token, 'vote.AttachedVote.recall', byMessage)
      const empty = await rest.call(token, 'vote.AttachedVote.vote', {
        ...byMessage,
        ballot: {},
      })

      for (const answer of [again, recall, empty]) {
        expect(answer.status).toBe(status)
        expect(answer.body).toMatchObject(body)
      }
      expect(poll.ballots.get(1)?.answers.get(poll.questions[0]?.id ?? 0)).toEqual([
        answerIds(poll)[0],
      ])
    },
  )

  test.each([
    { refusal: 'empty-result', status: 200, body: { result: [] } },
    {
      refusal: 'error',
      status: 400,
      body: { error: '', error_description: 'Attach with entityId 14 not found' },
    },
  ] as const)(
    'getMany with an id without a poll answers $status with refusal "$refusal"',
    async ({ refusal, status, body }) => {
      const { world } = docWorld({}, { refusal })
      const { token } = rest.open(world)

      const answer = await rest.call(token, 'vote.AttachedVote.getMany', {
        moduleId: 'im',
        entityType: byMessage.entityType,
        entityIds: [13, 14],
      })

      expect(answer.status).toBe(status)
      expect(answer.body).toMatchObject(body)
    },
  )

  test('getMany with more than 50 ids is refused like the docs’ example', async () => {
    const { world } = docWorld({}, { refusal: 'error' })
    const { token } = rest.open(world)

    const answer = await rest.call(token, 'vote.AttachedVote.getMany', {
      moduleId: 'im',
      entityType: byMessage.entityType,
      entityIds: Array.from({ length: 51 }, (_, index) => index + 1),
    })

    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ error: '', error_description: 'Too many entity ids' })
  })

  test.each([
    { recallWhenFinished: true, status: 200 },
    { recallWhenFinished: false, status: 400 },
  ])(
    'recall on a finished poll with recallWhenFinished $recallWhenFinished answers $status',
    async ({ recallWhenFinished, status }) => {
      const { world } = docWorld(
        { finished: true, ballots: { 1: [['Great!']] } },
        { recallWhenFinished },
      )
      const { token } = rest.open(world)

      const answer = await rest.call(token, 'vote.AttachedVote.recall', byMessage)

      expect(answer.status).toBe(status)
      if (status === 400) {
        expect(answer.body).toEqual({
          error: '403',
          error_description: 'The poll is inactive.',
        })
      } else {
        expect(answer.body?.result).toMatchObject({ attach: { isVoted: false } })
      }
    },
  )
})

interface SentAttach {
  ANONYMITY: number
  QUESTIONS: Record<
    string,
    {
      QUESTION_TYPE: string
      FIELD_TYPE: string
      ANSWERS: Record<
        string,
        { MESSAGE: string; MESSAGE_TYPE: string; FIELD_TYPE: string }
      >
    }
  >
}

describe('creating and exporting polls', () => {
  const send = (token: string, data: Record<string, unknown>, extra = {}) =>
    rest.call(token, 'vote.Integration.Im.send', {
      chatId: 7,
      IM_MESSAGE_VOTE_DATA: data,
      ...extra,
    })
  const question = (answers: string[]) => ({
    QUESTIONS: [{ QUESTION: 'Lunch?', ANSWERS: answers.map((MESSAGE) => ({ MESSAGE })) }],
  })
  /** Sends a poll, then reads it back as `get` answers it. */
  const sendAndRead = async (token: string, data: Record<string, unknown>) => {
    const sent = (await send(token, data)).body?.result as { messageId: number }
    const { body } = await rest.call(token, 'vote.AttachedVote.get', {
      ...byMessage,
      entityId: sent.messageId,
    })
    const attach = (body?.result as { attach: SentAttach }).attach
    return { attach, question: Object.values(attach.QUESTIONS)[0] }
  }

  test('a sent poll is a new chat message whose poll every addressing finds', async () => {
    const { world } = docWorld()
    const { token } = rest.open(world, 2)

    const sent = (await send(token, { ...question(['Soup', 'Salad', '']), OPTIONS: 1 }))
      .body?.result as { messageId: number; voteId: number }
    const { body } = await rest.call(token, 'vote.AttachedVote.get', {
      ...byMessage,
      entityId: sent.messageId,
    })

    expect(body?.result).toMatchObject({
      attach: { VOTE_ID: sent.voteId, OPTIONS: 1, canEdit: true, canVote: true },
    })
    const answers = Object.values(
      (body?.result as { attach: { QUESTIONS: Record<string, { ANSWERS: object }> } })
        .attach.QUESTIONS,
    )[0]?.ANSWERS
    expect(Object.keys(answers ?? {})).toHaveLength(2)
    expect(world.chats[0]?.messages.at(-1)).toMatchObject({
      id: sent.messageId,
      text: 'Lunch?',
    })
  })

  test('a poll sent without types is public, its question text and its answers html', async () => {
    const { world } = docWorld()
    const { token } = rest.open(world)

    const { attach, question: sentQuestion } = await sendAndRead(
      token,
      question(['Soup', 'Salad']),
    )

    expect(attach.ANONYMITY).toBe(1)
    expect(sentQuestion).toMatchObject({ QUESTION_TYPE: 'text', FIELD_TYPE: '0' })
    expect(Object.values(sentQuestion?.ANSWERS ?? {})).toEqual([
      expect.objectContaining({ MESSAGE: 'Soup', MESSAGE_TYPE: 'html' }),
      expect.objectContaining({ MESSAGE: 'Salad', MESSAGE_TYPE: 'html' }),
    ])
  })

  test('types sent with a poll are kept: html question, text answers, a list field', async () => {
    const { world } = docWorld()
    const { token } = rest.open(world)

    const { attach, question: sentQuestion } = await sendAndRead(token, {
      ANONYMITY: 2,
      QUESTIONS: [
        {
          QUESTION: '<b>Lunch?</b>',
          QUESTION_TYPE: 'html',
          FIELD_TYPE: 2,
          ANSWERS: [
            { MESSAGE: 'Soup', MESSAGE_TYPE: 'text' },
            { MESSAGE: 'Salad', MESSAGE_TYPE: 'html' },
          ],
        },
      ],
    })

    expect(attach.ANONYMITY).toBe(2)
    expect(sentQuestion).toMatchObject({ QUESTION_TYPE: 'html', FIELD_TYPE: '2' })
    expect(
      Object.values(sentQuestion?.ANSWERS ?? {}).map((answer) => [
        answer.MESSAGE_TYPE,
        answer.FIELD_TYPE,
      ]),
    ).toEqual([
      ['text', '2'],
      ['html', '2'],
    ])
  })

  test.each([
    { fieldType: 2, kept: 1 },
    { fieldType: 3, kept: 2 },
  ])(
    'a ballot on FIELD_TYPE $fieldType keeps $kept of two answers, as radio and checkbox do',
    async ({ fieldType, kept }) => {
      const { world } = docWorld()
      const { token } = rest.open(world, 2)
      const sent = (
        await send(token, {
          QUESTIONS: [
            {
              QUESTION: 'Lunch?',
              FIELD_TYPE: fieldType,
              ANSWERS: [{ MESSAGE: 'Soup' }, { MESSAGE: 'Salad' }],
            },
          ],
        })
      ).body?.result as { messageId: number }
      const poll = [...world.polls.values()].find(
        (candidate) => candidate.entityId === sent.messageId,
      )
      const [sentQuestion] = poll?.questions ?? []

      await rest.call(token, 'vote.AttachedVote.vote', {
        ...byMessage,
        entityId: sent.messageId,
        ballot: { [String(sentQuestion?.id)]: sentQuestion?.answers.map(({ id }) => id) },
      })

      expect(poll?.ballots.get(2)?.answers.get(sentQuestion?.id ?? 0)).toHaveLength(kept)
    },
  )

  test('a repeated templateId creates the poll once', async () => {
    const { world } = docWorld()
    const { token } = rest.open(world)

    const first = await send(token, question(['a', 'b']), { templateId: 'lunch-1' })
    const second = await send(token, question(['a', 'b']), { templateId: 'lunch-1' })

    expect(second.body?.result).toEqual(first.body?.result)
    expect(world.polls.size).toBe(2)
  })

  test.each([
    [question(['only one']), 'Minimum number of answers: 2'],
    [
      question(Array.from({ length: 11 }, (_, index) => `answer ${index}`)),
      'Maximum number of answers: 10',
    ],
    [{ QUESTIONS: [] }, 'Please enter a question and answer options'],
    [
      {
        QUESTIONS: [question(['a', 'b']).QUESTIONS[0], question(['c', 'd']).QUESTIONS[0]],
      },
      'Maximum number of questions: 1',
    ],
  ])('an invalid poll is refused: %#', async (data, description) => {
    const { world } = docWorld()
    const { token } = rest.open(world)

    const { status, body } = await send(token, data)

    expect(status).toBe(400)
    expect(body).toEqual({ error: '400', error_description: description })
  })

  test('someone outside the chat cannot post a poll in it', async () => {
    const { world } = docWorld()
    const { token } = rest.open(world, 3)

    const { body } = await send(token, question(['a', 'b']))

    expect(body).toEqual({
      error: '403',
      error_description: 'Insufficient rights to create a survey',
    })
  })

  test('download answers with an Excel file, not JSON', async () => {
    const { world } = docWorld({ ballots: { 2: [['Best of all!']] } })
    const { token } = rest.open(world)

    const answer = await rest.request(
      `/rest/vote.AttachedVote.download?auth=${token}&attachId=${[...world.polls.keys()][0]}`,
    )

    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('application/vnd.ms-excel')
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment;filename=vote\d+\.xls$/,
    )
    expect(answer.body).toBeUndefined()
    expect(answer.text).toContain('<td>Best of all!</td><td>1</td><td>Bea</td>')
  })
})
