import { describe, expect, test } from 'vitest'
import { byMessage, docWorld } from '../testing/doc-world'
import { useRestHarness } from '../testing/rest-harness'
import { LeakyBucket } from './rate-limit'

const rest = useRestHarness()
const distantRest = useRestHarness({ latencyMs: 80 })

const get = 'vote.AttachedVote.get'

describe('the REST transport', () => {
  test('a method name in any case, with or without .json, runs the same method', async () => {
    const { token } = rest.open(docWorld().world)

    for (const name of ['vote.AttachedVote.get', 'VOTE.ATTACHEDVOTE.GET.json']) {
      const { status, body } = await rest.call(token, name, byMessage)
      expect(status).toBe(200)
      expect(body?.result).toMatchObject({ attach: { entityId: 13 } })
      expect(body?.time).toMatchObject({ operating: 0 })
      expect(
        typeof (body?.time as { operating_reset_at: unknown }).operating_reset_at,
      ).toBe('number')
    }
  })

  test('the token is read from the body, the query or a Bearer header', async () => {
    const { token } = rest.open(docWorld().world)
    const query = new URLSearchParams({ ...byMessage, entityId: '13' }).toString()

    const fromQuery = await rest.request(`/rest/${get}?auth=${token}&${query}`)
    const fromHeader = await rest.request(`/rest/${get}?${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    const fromForm = await rest.request(`/rest/${get}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `auth=${token}&${query}`,
    })

    for (const answer of [fromQuery, fromHeader, fromForm])
      expect(answer.status).toBe(200)
  })

  test('a form body reads as PHP reads it: brackets nest, [] appends, every value a string', async () => {
    const { session, token } = rest.open(docWorld().world)

    await rest.request(`/rest/${get}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body:
        `auth=${token}&moduleId=im&entityType=${encodeURIComponent(byMessage.entityType)}` +
        '&entityId=13&ballot[7][]=31&ballot[7][]=33&ballot[9][0]=40&pageNavigation[pageSize]=50',
    })

    expect(session.calls.at(-1)?.params).toEqual({
      ...byMessage,
      entityId: '13',
      ballot: { 7: ['31', '33'], 9: ['40'] },
      pageNavigation: { pageSize: '50' },
    })
  })

  test('a preflight is answered for any origin', async () => {
    const answer = await rest.request(`/rest/${get}`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'POST' },
    })

    expect(answer.status).toBe(204)
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://app.example')
    expect(answer.headers.get('access-control-allow-headers')).toMatch(/Content-Type/)
  })

  test('a preflight takes the network’s latency like any request, and is counted', async () => {
    const before = (await distantRest.portal.preflights()).length
    const sentAt = Date.now()

    await distantRest.request(`/rest/${get}?bx24_request_id=1`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'POST' },
    })

    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(80)
    const preflights = await distantRest.portal.preflights()
    expect(preflights.slice(before).map((preflight) => preflight.method)).toEqual([get])
  })

  test.each([
    ['no token', undefined, 401, 'NO_AUTH_FOUND', 'Wrong authorization data'],
    [
      'an unknown token',
      'not-a-token',
      401,
      'invalid_token',
      'Unable to get application by token',
    ],
  ])('%s is refused', async (_, token, status, error, description) => {
    const answer = await rest.call(token, get, byMessage)

    expect(answer.status).toBe(status)
    expect(answer.body).toEqual({ error, error_description: description })
  })

  test('an unknown method is ERROR_METHOD_NOT_FOUND', async () => {
    const { token } = rest.open(docWorld().world)

    const answer = await rest.call(token, 'vote.AttachedVote.explode', {})

    expect(answer.status).toBe(404)
    expect(answer.body).toEqual({
      error: 'ERROR_METHOD_NOT_FOUND',
      error_description: 'Method not found!',
    })
  })

  test('a body that is not JSON is INVALID_REQUEST', async () => {
    const answer = await rest.request(`/rest/${get}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"attachId":',
    })

    expect(answer.status).toBe(400)
    expect(answer.body?.error).toBe('INVALID_REQUEST')
  })

  test('a token without the vote scope gets insufficient_scope', async () => {
    const { world } = docWorld()
    Object.assign(world.app, { scopes: ['placement'] })
    const { token } = rest.open(world)

    const answer = await rest.call(token, get, byMessage)

    expect(answer.status).toBe(403)
    expect(answer.body?.error).toBe('insufficient_scope')
  })
})

describe('tokens', () => {
  test('an expired token is expired_token until refreshed; the old one then stops working', async () => {
    const { control, token } = rest.open(docWorld().world)
    const issued = rest.sessions.token(token)
    await control.expireTokens()

    const expired = await rest.call(token, get, byMessage)
    const renewed = rest.sessions.refresh(issued?.refreshToken ?? '')
    const withNew = await rest.call(renewed?.accessToken, get, byMessage)
    const withOld = await rest.call(token, get, byMessage)

    expect(expired.status).toBe(401)
    expect(expired.body).toEqual({
      error: 'expired_token',
      error_description: 'The access token provided has expired.',
    })
    expect(withNew.status).toBe(200)
    expect(withOld.body?.error).toBe('invalid_token')
  })
})

describe('the rate limit', () => {
  test('past the burst a call is refused with 503 QUERY_LIMIT_EXCEEDED', async () => {
    const { control, token } = rest.open(docWorld().world)
    await control.setRateLimit({ burst: 2, drainPerSecond: 0 })

    const answers = [
      await rest.call(token, get, byMessage),
      await rest.call(token, get, byMessage),
      await rest.call(token, get, byMessage),
    ]

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 503])
    expect(answers[2]?.body).toEqual({
      error: 'QUERY_LIMIT_EXCEEDED',
      error_description: 'Too many requests',
    })
  })

  test('a call that finds the bucket filled by other apps is refused, and one after it drained is not', async () => {
    const { session, control, token } = rest.open(docWorld().world)
    await control.setRateLimit({ burst: 1, drainPerSecond: 1000 })
    await control.fault({ method: get, fillRateLimit: true })

    const refused = await rest.call(token, get, byMessage)
    await expect
      .poll(async () => (await rest.call(token, get, byMessage)).status)
      .toBe(200)

    expect(refused.status).toBe(503)
    expect(session.calls[0]?.error).toBe('QUERY_LIMIT_EXCEEDED')
  })

  test('the bucket drains at its rate: the documented 50 at once, then 2 a second', () => {
    let now = 0
    const bucket = new LeakyBucket(undefined, () => now)

    const burst = Array.from({ length: 51 }, () => bucket.admit())
    now += 500
    const afterHalfASecond = bucket.admit()
    const refusedAgain = bucket.admit()

    expect(burst.filter(Boolean)).toHaveLength(50)
    expect(burst.at(-1)).toBe(false)
    expect(afterHalfASecond).toBe(true)
    expect(refusedAgain).toBe(false)
  })
})
