import type { PortalSettings } from '../world'

/**
 * A REST failure as Bitrix24 reports it: `{"error", "error_description"}`
 * with an HTTP status (FIDELITY.md, "REST transport"). Codes and texts are the portal's
 * own, down to the case and the punctuation.
 */
export class RestError extends Error {
  readonly status: number
  readonly code: string
  readonly extra: Record<string, unknown>

  constructor(status: number, code: string, description: string, extra = {}) {
    super(description)
    this.status = status
    this.code = code
    this.extra = extra
  }

  toBody() {
    return { error: this.code, error_description: this.message, ...this.extra }
  }
}

export const errors = {
  noAuth: () => new RestError(401, 'NO_AUTH_FOUND', 'Wrong authorization data'),
  invalidToken: () =>
    new RestError(401, 'invalid_token', 'Unable to get application by token'),
  expiredToken: () =>
    new RestError(401, 'expired_token', 'The access token provided has expired.'),
  methodNotFound: () => new RestError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!'),
  queryLimit: () => new RestError(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'),
  insufficientScope: () =>
    new RestError(
      403,
      'insufficient_scope',
      'The request requires higher privileges than provided by the access token',
    ),
  notAdmin: () =>
    new RestError(403, 'ACCESS_DENIED', 'Access denied! Administrator access required'),
  invalidRequest: () => new RestError(400, 'INVALID_REQUEST', 'Invalid request body'),
  internal: () => new RestError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'),
  badAddressing: () =>
    new RestError(
      400,
      '100',
      'Bitrix\\Vote\\Attach All parameters in the constructor must have real class type',
    ),
  attachNotFound: () => new RestError(400, 'ATTACH_NOT_FOUND', 'Attach not found'),
  /**
   * bitrix/modules/vote/lib/Controller/Filter/CheckAttachReadAccess.php adds
   * the error without a code, which REST sends as `"0"`; the docs name it.
   */
  readDenied: (code: PortalSettings['readDeniedCode']) =>
    new RestError(
      400,
      code === 'module' ? '0' : 'ATTACH_READ_ACCESS_DENIED',
      'Attach read access denied',
    ),
  /** The action's arguments are bound before any prefilter runs (main/lib/engine/autowire/binder.php). */
  missingParameter: (name: string) =>
    new RestError(400, '100', `Could not find value for parameter {${name}}`),
  // Module errors become RestException with HTTP 400 whatever their code
  // (bitrix/modules/rest/lib/restexception.php).
  pollInactive: () => new RestError(400, '403', 'The poll is inactive.'),
  accessDenied: () => new RestError(400, '403', 'Access denied.'),
  // VOTE_IS_OCCUPIED (bziksv/proktolog: bitrix/modules/vote/lang/en/lib/vote.php).
  voteOccupied: () =>
    new RestError(400, '403', 'The poll is still active. Please try again later.'),
  cannotSave: () => new RestError(400, '400', 'Cannot save poll.'),
}
