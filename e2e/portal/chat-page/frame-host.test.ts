import { describe, expect, test } from 'vitest'
import {
  parseCommand,
  parseMessage,
  parseObjectCommand,
  replyFor,
  resizeLayout,
  type FrameLayout,
} from './frame-host'

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

describe('resizeWindow as Bitrix24’s AppLayout applies it', () => {
  /** A layout that measures as whatever its style says, on a page 640 px wide. */
  function layout(): FrameLayout {
    const style = { width: '', height: '200px' }
    return {
      style,
      get offsetWidth() {
        return style.width === '100%' || style.width === ''
          ? 640
          : Number.parseInt(style.width, 10)
      },
      get offsetHeight() {
        return Number.parseInt(style.height, 10)
      },
    }
  }

  test('a width of 100% stays fluid and the height is pinned in pixels', () => {
    const wrapper = layout()

    const reply = resizeLayout(wrapper, { width: '100%', height: 777 })

    expect(wrapper.style).toEqual({ width: '100%', height: '777px' })
    expect(reply).toEqual({ width: 640, height: 777 })
  })

  test('a width in pixels pins the layout, whole pixels only', () => {
    const wrapper = layout()

    const reply = resizeLayout(wrapper, { width: 412.8, height: '300.6' })

    expect(wrapper.style).toEqual({ width: '412px', height: '300px' })
    expect(reply).toEqual({ width: 412, height: 300 })
  })

  test('a width that is no number becomes 100 px, and no height keeps the height', () => {
    const wrapper = layout()

    resizeLayout(wrapper, { width: 'wide' })

    expect(wrapper.style).toEqual({ width: '100px', height: '200px' })
  })
})
