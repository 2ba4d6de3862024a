import { describe, expect, test } from 'vitest'
import { targetOf } from './poll-target'

describe('which poll the app opens', () => {
  test('the message menu opens the poll of that message', () => {
    expect(
      targetOf({
        code: 'IM_CONTEXT_MENU',
        options: { messageId: '2431', dialogId: 'chat2', URI: '/online/' },
      }),
    ).toEqual({ kind: 'poll', ref: { messageId: 2431 } })
  })

  test('a slider page can name the attachment by id or by signed id', () => {
    expect(targetOf({ code: 'DEFAULT', options: { attachId: 7 } })).toEqual({
      kind: 'poll',
      ref: { attachId: 7 },
    })
    expect(targetOf({ code: 'DEFAULT', options: { attachId: '7' } })).toEqual({
      kind: 'poll',
      ref: { attachId: 7 },
    })
    expect(
      targetOf({ code: 'IM_SIDEBAR', options: { signedAttachId: '7.abc' } }),
    ).toEqual({
      kind: 'poll',
      ref: { signedAttachId: '7.abc' },
    })
  })

  test.each([
    [''],
    [[]],
    [{}],
    [undefined],
    [{ messageId: '' }],
    [{ messageId: 'abc' }],
    [{ messageId: '0' }],
  ])(
    'the message menu without a usable message (%j) asks to open it from a poll message',
    (options) => {
      expect(targetOf({ code: 'IM_CONTEXT_MENU', options })).toEqual({
        kind: 'no-message',
      })
    },
  )

  test('the app opened from the application list shows how to use it', () => {
    expect(targetOf({ code: 'DEFAULT', options: [] })).toEqual({ kind: 'how-to' })
    expect(targetOf({ code: 'DEFAULT', options: '' })).toEqual({ kind: 'how-to' })
  })
})
