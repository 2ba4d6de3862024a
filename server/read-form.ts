import type { IncomingMessage, ServerResponse } from 'node:http'

/** Bitrix24's form holds tokens and a placement's options: a few kilobytes at most. */
export const MAX_FORM_BYTES = 64 * 1024

/** What came of reading a form: the form, one too large to be Bitrix24's, or nothing. */
export type FormRead = URLSearchParams | 'too-large' | undefined

/**
 * A urlencoded form body, read to the end to keep the connection usable;
 * `'too-large'` as soon as it is known to be larger than `maxBytes`, from its
 * Content-Length or from the bytes read so far, after which nothing more is
 * read: the caller answers 413 and closes the connection. `undefined` when
 * the request breaks off.
 */
export function readForm(
  req: IncomingMessage,
  maxBytes = MAX_FORM_BYTES,
): Promise<FormRead> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
    return Promise.resolve('too-large')
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const collect = (chunk: Buffer) => {
      size += chunk.byteLength
      if (size > maxBytes) {
        req.off('data', collect)
        req.pause()
        resolve('too-large')
        return
      }
      chunks.push(chunk)
    }
    req.on('data', collect)
    req.once('end', () => {
      resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8')))
    })
    // A request broken off ends in `close` without `end`; after `end` this is a no-op.
    req.once('close', () => {
      resolve(undefined)
    })
  })
}

/** 413 for a form too large, closing the connection: the rest of the body is never read. */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(413, { Connection: 'close', 'Content-Length': 0 }).end()
  // Stryker disable next-line StringLiteral,ArrowFunction: with Connection: close, Node ends the connection once the answer is written; this only makes it sooner
  res.once('finish', () => req.destroy())
}
