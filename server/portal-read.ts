import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'

/**
 * What the server accepts of a portal's answer before it gives up and sends
 * the page without the poll. docs/security.md says where each figure comes from.
 */
export interface PortalReadLimits {
  /** One deadline for the whole read: connect, headers, body and decompression. */
  readonly deadlineMs: number
  /** Bytes of the answer after decompression. */
  readonly maxBytes: number
  /** Nesting of arrays and objects. */
  readonly maxDepth: number
  /** Values and keys: what parsing costs, more than bytes do. */
  readonly maxValues: number
}

export const PORTAL_READ_LIMITS: PortalReadLimits = {
  /**
   * A read normally takes one round trip from the server to the portal, tens
   * of milliseconds; one that takes longer means a portal that is slow for
   * the browser too. Past this the page falls back to the app reading the
   * poll itself, and the wait has added at most this much to an open that
   * takes 0.6 to 1.3 s on the benchmark's slowed CPU (bench/README.md).
   */
  deadlineMs: 400,
  /**
   * Four times the largest real answer measured: a feed poll of 20 questions
   * of 1,000 characters of HTML with 50 answers of 500 each, 1.14 MB.
   */
  maxBytes: 5 * 1024 * 1024,
  /**
   * A real answer nests 7 deep: the answer, its result, the attach, QUESTIONS,
   * a question, ANSWERS, an answer.
   */
  maxDepth: 10,
  /**
   * Four times the 54,759 values and keys of a 20 × 50 poll whose user chose
   * every answer: what parsing costs in time and memory, more than bytes do.
   */
  maxValues: 220_000,
}

/**
 * POSTs `body` as JSON to `url` and returns the answer's bytes, or `undefined`
 * for anything but a 2xx answer within the limits: a redirect (never
 * followed), an error status, an unknown or stacked content encoding, an
 * answer larger, deeper or with more values than allowed, or the deadline
 * passed. The read stops as soon as a limit is crossed, so an oversized or
 * compressed-bomb answer costs at most `maxBytes` of memory. The bytes are
 * not parsed here: that happens with the render, off the event loop
 * (render-pool.ts), and they fill an `ArrayBuffer` of their own, to be
 * handed over to a render thread without a copy.
 */
export function postForJson(
  url: string,
  body: string,
  limits: PortalReadLimits,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  return read(url, body, limits).catch(() => undefined)
}

async function read(
  url: string,
  body: string,
  limits: PortalReadLimits,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const signal = AbortSignal.timeout(limits.deadlineMs)
  const response = await post(url, body, signal)
  const status = response.statusCode ?? 0
  const decoder = decoderFor(response.headers['content-encoding'])
  // Stryker disable next-line ConditionalExpression,StringLiteral: Node's client never hands over a 1xx answer; an unknown encoding fails the pipeline below, and the read with it
  if (status < 200 || status > 299 || decoder === 'unknown') {
    response.destroy()
    return undefined
  }
  const answer = await readCapped(response, decoder, limits, signal)
  return signal.aborted ? undefined : answer
}

function post(url: string, body: string, signal: AbortSignal): Promise<IncomingMessage> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Accept-Encoding': 'gzip, deflate, br',
          'Content-Length': Buffer.byteLength(body),
        },
        signal,
      },
      resolve,
    )
    request.once('error', reject)
    request.end(body)
  })
}

function decoderFor(encoding: string | undefined): Transform | undefined | 'unknown' {
  // Stryker disable next-line StringLiteral: no header and an empty one both read as identity below
  switch (encoding?.trim().toLowerCase() ?? 'identity') {
    case 'identity':
    case '':
      return undefined
    case 'gzip':
    case 'x-gzip':
      return createGunzip()
    case 'deflate':
      return createInflate()
    case 'br':
      return createBrotliDecompress()
    default:
      return 'unknown'
  }
}

/**
 * The answer's bytes, counted and checked for nesting chunk by chunk as they
 * are decompressed: zlib hands over its output in small asynchronous steps,
 * so a bomb is stopped at the cap without ever being inflated whole.
 */
async function readCapped(
  response: IncomingMessage,
  decoder: Transform | undefined,
  limits: PortalReadLimits,
  signal: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = []
  let size = 0
  const shape = new JsonShape(limits)
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      size += chunk.byteLength
      // Stryker disable next-line StringLiteral: postForJson catches it and shows no message
      if (size > limits.maxBytes) throw new Error('The answer is larger than allowed')
      shape.scan(chunk)
      chunks.push(chunk)
      // Chunks that arrive together would otherwise be taken in one stretch:
      // other requests get their turn between two.
      await nextTurn()
    }
  }
  // Stryker disable next-line ObjectLiteral: the request carries the same signal, and its abort destroys the response read here
  const aborted = { signal }
  if (decoder) await pipeline(response, decoder, collect, aborted)
  else await pipeline(response, collect, aborted)
  // Not Buffer.concat: a small answer would share its pool's memory with others.
  const answer = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    answer.set(chunk, offset)
    offset += chunk.byteLength
  }
  return answer
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_ARRAY = 0x5b
const OPEN_OBJECT = 0x7b
const CLOSE_ARRAY = 0x5d
const CLOSE_OBJECT = 0x7d

const COMMA = 0x2c
const COLON = 0x3a

/**
 * Follows the nesting and counts the values of JSON text across chunks,
 * outside strings, and throws once either is more than allowed: before the
 * parser ever sees it. Bytes of multi-byte UTF-8 characters are all above
 * 0x7f, so bytes are enough.
 */
class JsonShape {
  private depth = 0
  private values = 0
  private inString = false
  private escaped = false
  private readonly limits: Pick<PortalReadLimits, 'maxDepth' | 'maxValues'>

  constructor(limits: Pick<PortalReadLimits, 'maxDepth' | 'maxValues'>) {
    this.limits = limits
  }

  scan(chunk: Buffer): void {
    // Stryker disable next-line EqualityOperator: one past the end reads undefined, which matches no byte
    for (let index = 0; index < chunk.length; index += 1) {
      const byte = chunk[index]
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (byte === BACKSLASH) this.escaped = true
        else if (byte === QUOTE) this.inString = false
      } else if (byte === QUOTE) {
        this.inString = true
      } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
        this.depth += 1
        this.count()
        if (this.depth > this.limits.maxDepth) {
          // Stryker disable next-line StringLiteral: postForJson catches it and shows no message
          throw new Error('The answer is nested too deep')
        }
      } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
        this.depth -= 1
      } else if (byte === COMMA || byte === COLON) {
        this.count()
      }
    }
  }

  private count(): void {
    this.values += 1
    if (this.values > this.limits.maxValues)
      // Stryker disable next-line StringLiteral: postForJson catches it and shows no message
      throw new Error('The answer has too many values')
  }
}
