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
  if (messageId !== undefined) return { kind: 'poll', ref: { messageId } }
  const attachId = positiveInteger(options.attachId)
  if (attachId !== undefined) return { kind: 'poll', ref: { attachId } }
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
  return isSafeInteger(number) && number > 0 ? number : undefined
}

/** `Number.isSafeInteger`, which turns down anything but a number, as the type guard it is. */
function isSafeInteger(value: unknown): value is number {
  return Number.isSafeInteger(value)
}
