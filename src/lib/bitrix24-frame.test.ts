import { afterEach, describe, expect, test } from 'vitest'
import { connectToBitrix24 } from './bitrix24-frame'

describe('connecting to Bitrix24 with the real SDK', () => {
  afterEach(() => {
    window.name = ''
  })

  test('a page opened outside a Bitrix24 frame is recognised as such', async () => {
    window.name = ''

    await expect(connectToBitrix24(5_000)).resolves.toEqual({
      status: 'outside-bitrix24',
    })
  })

  test('a parent that never answers ends in "no answer" instead of waiting forever', async () => {
    window.name = 'portal.example|1|APPSID'

    await expect(connectToBitrix24(50)).resolves.toEqual({ status: 'no-answer' })
  })
})
