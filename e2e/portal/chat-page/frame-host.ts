/**
 * The parent side of the postMessage protocol the SDK speaks (SDK protocol
 * §2), as Bitrix24's `applayout.js` implements it: string commands are split
 * from both ends, only the app's origin and APP_SID are heard, replies go to
 * the app's origin only, and commands without a handler get no reply at all.
 */

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
}

/** `<command>[:<JSON params>]:<callbackId>:<APP_SID>`; params may contain `:`. */
export function parseCommand(
  data: string,
): (ReceivedCommand & { sid: string }) | undefined {
  const parts = data.split(':')
  if (parts.length < 3) return undefined
  const command = parts[0] ?? ''
  const sid = parts.at(-1) ?? ''
  const callbackId = parts.at(-2) ?? ''
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
  return { command, params, callbackId, sid }
}

export function hostFrame(
  frame: HTMLIFrameElement,
  appOrigin: string,
  sid: string,
  handlers: Partial<Record<string, CommandHandler>>,
  onCommand: (command: ReceivedCommand) => void = () => undefined,
): FrameHost {
  const listener = (event: MessageEvent) => {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return
    // Namespaced commands (`im:…`) arrive as objects; this portal has none.
    if (typeof event.data !== 'string') return
    const received = parseCommand(event.data)
    if (!received || received.sid !== sid) return
    onCommand(received)
    const handler = handlers[received.command]
    if (!handler) return
    void Promise.resolve(handler(received.params)).then((result) => {
      const payload = result === undefined ? '' : JSON.stringify(result)
      frame.contentWindow?.postMessage(`${received.callbackId}:${payload}`, appOrigin)
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
