import { RestError } from './portal'

/**
 * What a failed REST call means to the user: the answer never came back
 * (`connection`), Bitrix24 turned the request down (`refused`: a 4xx, which
 * the same request would meet again), or anything else went wrong on its
 * way or on Bitrix24's side (`server`: a 5xx, or an answer that could not
 * be read). Connection and server failures are worth trying again; the SDK
 * has already retried them a few times.
 */
export type FailureKind = 'connection' | 'server' | 'refused'

/** The SDK's codes for a request that got no answer (abstract-http.mjs in the SDK). */
const NO_ANSWER_CODES: ReadonlySet<string> = new Set(['NETWORK_ERROR', 'REQUEST_TIMEOUT'])

export function failureKind(error: unknown): FailureKind {
  if (error instanceof RestError && NO_ANSWER_CODES.has(error.code)) return 'connection'
  if (error instanceof RestError && error.httpStatus >= 400 && error.httpStatus < 500) {
    return 'refused'
  }
  return 'server'
}
