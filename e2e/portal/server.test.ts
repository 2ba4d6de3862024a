import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startPortal, type RunningPortal } from './server'
import { LOCAL_PHOTO_PATH } from './scenarios'

let portal: RunningPortal

beforeAll(async () => {
  portal = await startPortal({ appUrl: 'http://127.0.0.1:1/' })
})
afterAll(async () => {
  await portal.close()
})

describe('the portal’s own files', () => {
  test('a photo under /upload/resize_cache is served as an image', async () => {
    const response = await fetch(new URL(LOCAL_PHOTO_PATH, portal.url))

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe(
      'PNG',
    )
  })
})
