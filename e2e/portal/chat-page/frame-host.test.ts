import { describe, expect, test } from 'vitest'
import { parseCommand, parseMessage, parseObjectCommand, replyFor } from './frame-host'

describe('reading the SDK’s commands as Bitrix24’s applayout.js does', () => {
  test('a command without params', () => {
    expect(parseCommand('getInitData:afd7b59c-5493:APPSID1')).toEqual({
      command: 'getInitData',
      params: {},
      callbackId: 'afd7b59c-5493',
      sid: 'APPSID1',
    })
  })

  test('params that themselves contain colons', () => {
    expect(parseCommand('setValue:{"id":1,"t":"a:b"}:85ce3461:APPSID1')).toEqual({
      command: 'setValue',
      params: { id: 1, t: 'a:b' },
      callbackId: '85ce3461',
      sid: 'APPSID1',
    })
  })

  test('a message that is not a command is ignored', () => {
    expect(parseCommand('hello')).toBeUndefined()
    expect(parseCommand('resizeWindow:{"height"::cb:SID')).toBeUndefined()
  })

  test('a namespaced command in its object form', () => {
    const message = {
      method: 'im:setTextareaContent',
      params: { text: 'hi' },
      callback: 'cb-1',
      appSid: 'APPSID1',
      requestId: undefined,
    }

    expect(parseMessage(message)).toEqual({
      command: 'im:setTextareaContent',
      params: { text: 'hi' },
      callbackId: 'cb-1',
      sid: 'APPSID1',
    })
    expect(parseObjectCommand({ method: 'im:x' })).toBeUndefined()
  })

  test('a reply is the callback id, a colon and the JSON result, or nothing', () => {
    expect(replyFor('cb', { width: 600, height: 300 })).toBe(
      'cb:{"width":600,"height":300}',
    )
    expect(replyFor('cb', undefined)).toBe('cb:')
  })
})
