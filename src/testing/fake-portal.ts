import { RestError, type Portal } from '../lib/portal'

type Handler = (params: Record<string, unknown>) => unknown

export interface FakePortal extends Portal {
  readonly calls: { method: string; params: Record<string, unknown> }[]
  /** Elements the app asked the portal to fit its frame to. */
  readonly fittedTo: HTMLElement[]
}

/**
 * A Portal whose REST methods answer from `handlers`, recording every call.
 * A handler may return a value, a promise, or throw a `RestError`.
 */
export function fakePortal(
  handlers: Record<string, Handler>,
  {
    lang = 'en',
    placementCode = 'IM_CONTEXT_MENU',
    options = { messageId: '13' },
  }: { lang?: string; placementCode?: string; options?: unknown } = {},
): FakePortal {
  const calls: FakePortal['calls'] = []
  const fittedTo: HTMLElement[] = []
  return {
    lang,
    placement: { code: placementCode, options },
    calls,
    fittedTo,
    callMethod: async (method, params) => {
      calls.push({ method, params })
      const handler = handlers[method]
      if (!handler)
        throw new RestError('ERROR_METHOD_NOT_FOUND', 'Method not found!', 404)
      return await handler(params)
    },
    fitFrame: (content) => {
      fittedTo.push(content)
      return Promise.resolve()
    },
  }
}

export function restError(code: string, description = '', httpStatus = 400): RestError {
  return new RestError(code, description, httpStatus)
}

/** A promise to resolve by hand, to hold a request in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => {
    resolve = done
  })
  return { promise, resolve }
}
