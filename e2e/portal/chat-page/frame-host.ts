/**
 * The parent side of the postMessage protocol the SDK speaks (its
 * frame/message sources), as Bitrix24's `applayout.js` implements it: string commands are split
 * from both ends, namespaced commands (`im:…`) arrive as objects, only the
 * app's origin and APP_SID are heard, replies go to the app's origin only,
 * and commands without a handler get no reply at all.
 */

/** A handler's answer that sends nothing back, as for `setInstallFinish`. */
export const NO_REPLY = Symbol('no reply')

export type CommandHandler = (params: Record<string, unknown>) => unknown

export interface FrameHost {
  readonly sid: string
  /** Stops listening; the frame is gone. */
  dispose(): void
}

export interface ReceivedCommand {
  readonly command: string
  readonly params: Record<string, unknown>
  readonly callbackId: string
  readonly sid: string
}

/** `<command>[:<JSON params>]:<callbackId>:<APP_SID>`; params may contain `:`. */
export function parseCommand(data: string): ReceivedCommand | undefined {
  const parts = data.split(':')
  if (parts.length < 3) return undefined
  const rawParams = parts.slice(1, -2).join(':')
  let params: Record<string, unknown> = {}
  if (rawParams !== '') {
    try {
      const parsed: unknown = JSON.parse(rawParams)
      if (typeof parsed === 'object' && parsed !== null)
        params = parsed as Record<string, unknown>
    } catch {
      return undefined
    }
  }
  return {
    command: parts[0] ?? '',
    params,
    callbackId: parts.at(-2) ?? '',
    sid: parts.at(-1) ?? '',
  }
}

/** `{method: 'ns:command', params, callback, appSid}`: how the SDK sends namespaced commands. */
export function parseObjectCommand(data: unknown): ReceivedCommand | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const { method, params, callback, appSid } = data as Record<string, unknown>
  if (
    typeof method !== 'string' ||
    typeof callback !== 'string' ||
    typeof appSid !== 'string'
  ) {
    return undefined
  }
  return {
    command: method,
    params:
      typeof params === 'object' && params !== null
        ? (params as Record<string, unknown>)
        : {},
    callbackId: callback,
    sid: appSid,
  }
}

export function parseMessage(data: unknown): ReceivedCommand | undefined {
  return typeof data === 'string' ? parseCommand(data) : parseObjectCommand(data)
}

/** The reply the SDK expects: `<callbackId>:<JSON>`, or nothing after the colon. */
export function replyFor(callbackId: string, result: unknown): string {
  return `${callbackId}:${result === undefined ? '' : JSON.stringify(result)}`
}

/** The element that wraps the app's frame, as `resizeWindow` sizes and measures it. */
export interface FrameLayout {
  readonly style: { width: string; height: string }
  readonly offsetWidth: number
  readonly offsetHeight: number
}

/**
 * `resizeWindow` as `BX.rest.AppLayout` applies it to the frame's layout
 * (applayout.js MessageInterface.resizeWindow): a width of '100%' stays
 * fluid, any other is pinned in whole pixels (100 when it is no number), a
 * height in whole pixels when it is one. The reply is the layout's measured
 * size.
 */
export function resizeLayout(
  layout: FrameLayout,
  params: Record<string, unknown>,
): { width: number; height: number } {
  layout.style.width =
    params.width === '100%' ? '100%' : `${parseLikeJs(params.width) || 100}px`
  const height = parseLikeJs(params.height)
  if (height) layout.style.height = `${height}px`
  return { width: layout.offsetWidth, height: layout.offsetHeight }
}

/** `parseInt` as applayout.js calls it, on whatever the app sent. */
function parseLikeJs(value: unknown): number {
  return Number.parseInt(String(value), 10)
}

export function hostFrame(
  frame: HTMLIFrameElement,
  appOrigin: string,
  sid: string,
  handlers: Partial<Record<string, CommandHandler>>,
): FrameHost {
  const listener = (event: MessageEvent) => {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return
    const received = parseMessage(event.data)
    if (!received || received.sid !== sid) return
    const handler = handlers[received.command]
    if (!handler) return
    // Held before the handler runs: `closeApplication` removes the frame.
    const target = frame.contentWindow
    void Promise.resolve(handler(received.params)).then((result) => {
      if (result === NO_REPLY) return
      target?.postMessage(replyFor(received.callbackId, result), appOrigin)
    })
  }
  window.addEventListener('message', listener)
  return {
    sid,
    dispose: () => {
      window.removeEventListener('message', listener)
    },
  }
}
