import type { IncomingMessage } from 'node:http'

/** Bitrix24's form holds tokens and a placement's options: a few kilobytes at most. */
export const MAX_FORM_BYTES = 64 * 1024

/**
 * A urlencoded form body, read to the end to keep the connection usable, or
 * `undefined` when it is larger than `maxBytes` (the rest is then read and
 * dropped unseen) or the request breaks off.
 */
export function readForm(
  req: IncomingMessage,
  maxBytes = MAX_FORM_BYTES,
): Promise<URLSearchParams | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength
      if (size <= maxBytes) chunks.push(chunk)
    })
    req.once('end', () => {
      resolve(
        size <= maxBytes
          ? new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
          : undefined,
      )
    })
    // A request broken off ends in `close` without `end`; after `end` this is a no-op.
    req.once('close', () => {
      resolve(undefined)
    })
  })
}
