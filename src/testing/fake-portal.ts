import { RestError, type Portal } from '@/lib/portal'

/** Answers one REST method: a value, a promise, or a thrown `RestError`. */
export type Handler = (params: Record<string, unknown>) => unknown

export interface FakePortal extends Portal {
  readonly calls: { method: string; params: Record<string, unknown> }[]
  /** Elements the app asked the portal to fit its frame to. */
  readonly fittedTo: HTMLElement[]
  /** How many times the app told the portal its installation is complete. */
  readonly finishedInstalls: number
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
    isInstallMode = false,
    finishInstall = () => Promise.resolve(),
  }: {
    lang?: string
    placementCode?: string
    options?: unknown
    isInstallMode?: boolean
    finishInstall?: () => Promise<void>
  } = {},
): FakePortal {
  const calls: FakePortal['calls'] = []
  const fittedTo: HTMLElement[] = []
  let finishedInstalls = 0
  return {
    lang,
    origin: 'https://portal.example',
    placement: { code: placementCode, options },
    isInstallMode,
    calls,
    fittedTo,
    get finishedInstalls() {
      return finishedInstalls
    },
    finishInstall: () => {
      finishedInstalls += 1
      return finishInstall()
    },
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

/**
 * The calls that read or change the poll itself, in order: what opening,
 * voting and withdrawing cost, without the reads of who voted that public
 * polls add.
 */
export function pollCalls(portal: FakePortal): string[] {
  return portal.calls
    .map((call) => call.method)
    .filter((method) => POLL_METHODS.has(method))
}

const POLL_METHODS: ReadonlySet<string> = new Set([
  'vote.AttachedVote.get',
  'vote.AttachedVote.vote',
  'vote.AttachedVote.recall',
])

/** The votes sent, with their ballots. */
export function votesSent(portal: FakePortal) {
  return portal.calls.filter((call) => call.method === 'vote.AttachedVote.vote')
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
