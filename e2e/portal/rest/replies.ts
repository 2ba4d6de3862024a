/**
 * What a REST method may answer besides a plain `result`: a page of a list
 * (Bitrix24 lifts `total` and `next` out of `result` to the envelope) or a
 * file instead of JSON (`vote.AttachedVote.download`); FIDELITY.md has both.
 */

/** Bitrix24's fixed page size for list methods (`LIST_LIMIT`). */
export const LIST_PAGE_SIZE = 50

export class ListReply {
  readonly result: unknown
  readonly total: number
  readonly next: number | undefined

  constructor(result: unknown, total: number, next?: number) {
    this.result = result
    this.total = total
    this.next = next
  }
}

export class FileReply {
  readonly contentType: string
  readonly fileName: string
  readonly body: string

  constructor(contentType: string, fileName: string, body: string) {
    this.contentType = contentType
    this.fileName = fileName
    this.body = body
  }
}

/** The `start` of a list call: a non-negative offset, 0 when absent or unusable. */
export function startParam(value: unknown): number {
  const start = Number(value ?? 0)
  return Number.isSafeInteger(start) && start > 0 ? start : 0
}
