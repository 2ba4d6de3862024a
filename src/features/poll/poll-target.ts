import type { Placement } from '@/lib/portal'
import type { PollRef } from './poll'

/** What the app shows, decided once from the placement it was opened in. */
export type AppTarget =
  | { readonly kind: 'poll'; readonly ref: PollRef }
  | { readonly kind: 'how-to' }
  | { readonly kind: 'no-message' }

/**
 * `IM_CONTEXT_MENU` passes the chat message as `messageId` (a string). Slider
 * pages and other placements may pass the attachment itself as `attachId` or
 * `signedAttachId`. Empty options arrive as `''`, `[]` or `{}`.
 */
export function targetOf(placement: Placement): AppTarget {
  const options = isRecord(placement.options) ? placement.options : {}
  const messageId = positiveInteger(options.messageId)
  if (messageId) return { kind: 'poll', ref: { messageId } }
  const attachId = positiveInteger(options.attachId)
  if (attachId) return { kind: 'poll', ref: { attachId } }
  if (typeof options.signedAttachId === 'string' && options.signedAttachId !== '') {
    return { kind: 'poll', ref: { signedAttachId: options.signedAttachId } }
  }
  return placement.code === 'DEFAULT' ? { kind: 'how-to' } : { kind: 'no-message' }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function positiveInteger(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0
    ? number
    : undefined
}
