import type { IncomingMessage } from 'node:http'
import { PassThrough } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { readForm } from './read-form.ts'

const MAX_BYTES = 16

/** A request body as the server reads it: a stream with the request's headers. */
function requestWith(headers: IncomingMessage['headers']) {
  const body = new PassThrough()
  return { body, req: Object.assign(body, { headers }) as unknown as IncomingMessage }
}

describe('reading a form POST', () => {
  test('a form of exactly the cap, declared so, is read', async () => {
    const { body, req } = requestWith({ 'content-length': String(MAX_BYTES) })
    const read = readForm(req, MAX_BYTES)
    body.end('AUTH_ID=12345678')

    expect(String(await read)).toBe('AUTH_ID=12345678')
  })

  test('a form declared one byte over the cap is too large before any byte is read', async () => {
    const { body, req } = requestWith({ 'content-length': String(MAX_BYTES + 1) })

    expect(await readForm(req, MAX_BYTES)).toBe('too-large')
    expect(body.listenerCount('data')).toBe(0)
  })

  test('a form streamed without a length is read up to exactly the cap', async () => {
    const { body, req } = requestWith({})
    const read = readForm(req, MAX_BYTES)
    body.write('AUTH_ID=')
    body.end('12345678')

    expect(String(await read)).toBe('AUTH_ID=12345678')
  })

  test('a form streamed one byte past the cap is too large, and no more is read', async () => {
    const { body, req } = requestWith({})
    const read = readForm(req, MAX_BYTES)
    body.write('AUTH_ID=')
    body.write('123456789')

    expect(await read).toBe('too-large')
    expect(body.listenerCount('data')).toBe(0)
    expect(body.isPaused()).toBe(true)
  })

  test('a request broken off before its end reads as nothing', async () => {
    const { body, req } = requestWith({})
    const read = readForm(req, MAX_BYTES)
    body.write('AUTH_ID=')
    body.destroy()

    expect(await read).toBeUndefined()
  })
})
