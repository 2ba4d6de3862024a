import { describe, expect, test } from 'vitest'
import { PortalClient, type Transport } from './portal-client'

/** A transport that answers every request with `status` and `body`, and keeps what was sent. */
function answering(status: number, body: string) {
  const sent: { url: string; method: string; body?: string }[] = []
  const transport: Transport = (url, init) => {
    sent.push({
      url,
      method: init.method,
      ...(init.body !== undefined && { body: init.body }),
    })
    return Promise.resolve({
      status,
      ok: status >= 200 && status < 300,
      text: () => Promise.resolve(body),
    })
  }
  return { sent, transport }
}

describe('the control client', () => {
  test('sends through the transport it was given, to the portal’s own origin', async () => {
    const { sent, transport } = answering(200, '{"ok":true}')
    const session = new PortalClient(
      'http://127.0.0.1:5000/?session=x',
      transport,
    ).session('abc')

    await session.setLatency(150)

    expect(sent).toEqual([
      {
        url: 'http://127.0.0.1:5000/control/sessions/abc/latency',
        method: 'POST',
        body: '{"ms":150}',
      },
    ])
  })

  test('an answer that does not match its schema is an error, not a value', async () => {
    const { transport } = answering(200, '{"attachId":"49"}')
    const session = new PortalClient('http://127.0.0.1:5000', transport).session('abc')

    await expect(session.poll(1002)).rejects.toThrow(/attachId/)
  })

  test('a refusal carries the portal’s status and reason', async () => {
    const { transport } = answering(404, '{"error":"No poll on entity 99"}')
    const session = new PortalClient('http://127.0.0.1:5000', transport).session('abc')

    const refusal = session.stopPoll(99)

    await expect(refusal).rejects.toMatchObject({
      name: 'ControlRefused',
      status: 404,
      reason: 'No poll on entity 99',
    })
    await expect(refusal).rejects.toThrow(
      'POST /control/sessions/abc/polls/99/stop: 404 No poll on entity 99',
    )
  })
})
