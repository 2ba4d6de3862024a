import { RestError } from './portal'

/**
 * What a failed REST call means to the user: the answer never came back
 * (`connection`), Bitrix24 failed on its side (`server`), or it answered
 * with a refusal or anything else (`other`). Connection and server failures
 * are worth trying again; the SDK has already retried them a few times.
 */
export type FailureKind = 'connection' | 'server' | 'other'

/** The SDK's codes for a request that got no answer (abstract-http.mjs in the SDK). */
const NO_ANSWER_CODES: ReadonlySet<string> = new Set(['NETWORK_ERROR', 'REQUEST_TIMEOUT'])

export function failureKind(error: unknown): FailureKind {
  if (!(error instanceof RestError)) return 'other'
  if (NO_ANSWER_CODES.has(error.code)) return 'connection'
  return error.httpStatus >= 500 ? 'server' : 'other'
}
