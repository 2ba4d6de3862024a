import { describe, expect, test } from 'vitest'
import { byMessage, docWorld } from '../testing/doc-world'
import { useRestHarness } from '../testing/rest-harness'

const rest = useRestHarness()

const vote = 'vote.AttachedVote.vote'
const recall = 'vote.AttachedVote.recall'

/** The doc poll with the user's first `vote` held by a fault until the test releases it. */
async function heldVote(lockTimeoutMs: number, userId = 2) {
  const { world, poll } = docWorld({}, { lockTimeoutMs })
  const { session, token, control } = rest.open(world, userId)
  const [great, best] = poll.questions[0]?.answers ?? []
  const ballot = (answerId: number | undefined) => ({
    ...byMessage,
    ballot: { [String(poll.questions[0]?.id)]: [answerId] },
  })
  await control.fault({ method: vote, hold: true })
  const first = rest.call(token, vote, ballot(great?.id))
  await expect.poll(() => session.held.length).toBe(1)
  const release = () => control.releaseHeldCalls()
  return { session, token, poll, first, release, ballot: ballot(best?.id), best }
}

describe('one vote or recall at a time per user and poll', () => {
  test('a second vote waits for the first to finish, then runs', async () => {
    const { token, poll, first, release, ballot, best } = await heldVote(5000)

    let answered = false
    const second = rest.call(token, vote, ballot).then((answer) => {
      answered = true
      return answer
    })
    await new Promise((done) => setTimeout(done, 150))
    const answeredWhileHeld = answered
    await release()

    expect((await first).status).toBe(200)
    expect((await second).body?.result).toMatchObject({ attach: { isVoted: true } })
    expect(answeredWhileHeld).toBe(false)
    expect(poll.ballots.get(2)?.answers.get(poll.questions[0]?.id ?? 0)).toEqual([
      best?.id,
    ])
  })

  test('a vote that waits longer than the lock timeout is "403" with HTTP 400', async () => {
    const { first, release, token, ballot } = await heldVote(200)

    const second = await rest.call(token, vote, ballot)
    await release()

    expect(second.status).toBe(400)
    expect(second.body).toEqual({
      error: '403',
      error_description: 'The poll is still active. Please try again later.',
    })
    expect((await first).status).toBe(200)
  })

  test('a recall that waits longer than the lock timeout is HTTP 200 with an empty result', async () => {
    const { first, release, token, poll } = await heldVote(200)

    const withdrawal = await rest.call(token, recall, byMessage)
    await release()
    await first

    expect(withdrawal.status).toBe(200)
    expect(withdrawal.body?.result).toEqual([])
    expect(poll.ballots.has(2)).toBe(true)
  })

  test('another user’s vote on the same poll does not wait', async () => {
    const { session, first, release, ballot } = await heldVote(5000)
    const author = rest.sessions.issueToken(session, 1).accessToken

    const other = await rest.call(author, vote, ballot)
    await release()
    await first

    expect(other.body?.result).toMatchObject({ attach: { isVoted: true } })
  })
})
