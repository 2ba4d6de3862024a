import { RestError } from '@/lib/portal'

/**
 * The vote module's read check adds its error without a code, so Bitrix24
 * sends only this description (bitrix/modules/vote/lib/Controller/Filter/
 * CheckAttachReadAccess.php). The docs name it `ATTACH_READ_ACCESS_DENIED`.
 */
const READ_ACCESS_DENIED = 'Attach read access denied'

/**
 * Why the poll is out of reach for good, where an error says so: the message
 * and its poll were deleted (`not-found`), or the user may no longer read
 * the chat (`no-access`). Retrying cannot change either answer.
 */
export type OutOfReach = 'not-found' | 'no-access'

export function outOfReach(error: unknown): OutOfReach | undefined {
  if (!(error instanceof RestError)) return undefined
  if (error.code === 'ATTACH_NOT_FOUND') return 'not-found'
  if (
    error.code === 'ATTACH_READ_ACCESS_DENIED' ||
    error.message.trim() === READ_ACCESS_DENIED
  ) {
    return 'no-access'
  }
  return undefined
}
