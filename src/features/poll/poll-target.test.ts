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
    [null],
    [{ messageId: -7 }],
    [{ messageId: 1.5 }],
    [{ messageId: true }],
    [{ messageId: [12] }],
    [{ messageId: '1e3' }],
    [{ messageId: '0x10' }],
    [{ messageId: ' 12' }],
    [{ messageId: '9007199254740993' }],
    [{ messageId: Number.MAX_SAFE_INTEGER + 2 }],
    [{ signedAttachId: '' }],
    [{ signedAttachId: 7 }],
  ])(
    'the message menu without a usable message (%j) asks to open it from a poll message',
    (options) => {
      expect(targetOf({ code: 'IM_CONTEXT_MENU', options })).toEqual({
        kind: 'no-message',
      })
    },
  )

  test('the largest id JavaScript counts exactly is still a message', () => {
    expect(
      targetOf({ code: 'IM_CONTEXT_MENU', options: { messageId: '9007199254740991' } }),
    ).toEqual({ kind: 'poll', ref: { messageId: Number.MAX_SAFE_INTEGER } })
  })

  test('a message comes before an attachment named alongside it', () => {
    expect(
      targetOf({
        code: 'IM_CONTEXT_MENU',
        options: { messageId: '2431', attachId: 7, signedAttachId: '7.abc' },
      }),
    ).toEqual({ kind: 'poll', ref: { messageId: 2431 } })
  })

  test('the app opened from the application list shows how to use it', () => {
    expect(targetOf({ code: 'DEFAULT', options: [] })).toEqual({ kind: 'how-to' })
    expect(targetOf({ code: 'DEFAULT', options: '' })).toEqual({ kind: 'how-to' })
    expect(targetOf({ code: 'DEFAULT', options: { signedAttachId: '' } })).toEqual({
      kind: 'how-to',
    })
    expect(targetOf({ code: 'DEFAULT', options: { attachId: 0 } })).toEqual({
      kind: 'how-to',
    })
  })
})
