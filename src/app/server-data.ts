import type { Placement } from '@/lib/portal'
import type { Poll } from '@/features/poll/poll'

/**
 * What the server puts in the page when it has read the poll itself from the
 * portal's form POST (server/server-first-paint.ts): the page's markup shows
 * the poll, and the app starts from the same facts instead of asking again.
 */
export interface ServerData {
  /** The portal's `LANG`. */
  readonly lang: string
  /** The portal's address, as the SDK would name it. */
  readonly origin: string
  readonly placement: Placement
  /** The poll as `vote.AttachedVote.get` gave it to the server. */
  readonly poll: Poll
}

const ELEMENT_ID = 'server-data'

/**
 * A `<script type="application/json">` element, which never runs. Every `<`
 * is escaped, so no text in the poll can close the element early.
 */
export function serverDataElement(data: ServerData): string {
  const json = JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029')
  return `<script type="application/json" id="${ELEMENT_ID}">${json}</script>`
}

/** The server's data, when the page carries it; `undefined` for a page served as a file. */
export function readServerData(): ServerData | undefined {
  const element = document.getElementById(ELEMENT_ID)
  if (!element?.textContent) return undefined
  try {
    return JSON.parse(element.textContent) as ServerData
  } catch {
    return undefined
  }
}
