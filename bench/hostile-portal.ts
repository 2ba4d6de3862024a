import { readFileSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createGzip } from 'node:zlib'

/**
 * The portal answers of `npm run bench:server`, in a process of their own so
 * that producing them costs the measured server nothing. Each answer has its
 * own port; the ports are printed as one JSON line. The real answers come from
 * the file named on the command line: `{ name: body }`.
 */

const MiB = 1024 * 1024
const CHUNK = 64 * 1024

const real = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Record<
  string,
  string
>
const validPoll = real.chat ?? ''
/** A valid answer whose last field is a string `size` bytes long. */
const paddedParts = (size: number) => ({
  head: `${validPoll.slice(0, -1)},"padding":"`,
  fill: 'x',
  size,
  tail: '"}',
})

type Answer = (res: ServerResponse) => void

/** Writes `head`, `size` bytes of `fill`, `tail`, as fast as the reader takes them. */
function stream(
  res: ServerResponse,
  parts: { head: string; fill: string; size: number; tail: string },
) {
  const block = Buffer.from(parts.fill.repeat(CHUNK))
  let left = parts.size
  let open = true
  res.once('close', () => (open = false))
  res.write(parts.head)
  const more = () => {
    while (open && left > 0) {
      const piece = left >= CHUNK ? block : block.subarray(0, left)
      left -= piece.length
      if (!res.write(piece)) {
        res.once('drain', more)
        return
      }
    }
    if (open) res.end(parts.tail)
  }
  more()
}

/** A gzip of a valid poll padded to `size`, built once: about 1 kB per MiB. */
async function gzipBomb(size: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 })
  const chunks: Buffer[] = []
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise((resolve) => gzip.once('end', resolve))
  const { head, tail } = paddedParts(size)
  gzip.write(head)
  const block = Buffer.alloc(MiB, 'x')
  for (let written = 0; written < size; written += MiB) {
    if (!gzip.write(block)) await new Promise((resolve) => gzip.once('drain', resolve))
  }
  gzip.end(tail)
  await done
  return Buffer.concat(chunks)
}

const bomb = await gzipBomb(512 * MiB)

const answers: Record<string, Answer> = {
  ...Object.fromEntries(
    Object.entries(real).map(([name, body]): [string, Answer] => [
      name,
      (res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end(body)
      },
    ]),
  ),
  bomb: (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })
    res.end(bomb)
  },
  nested20: (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    stream(res, { head: '', fill: '[', size: 20 * 1000 * 1000, tail: '' })
  },
  nested40: (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    stream(res, { head: '', fill: '[', size: 40 * 1000 * 1000, tail: '' })
  },
  values: (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    stream(res, {
      head: `${validPoll.slice(0, -1)},"padding":[`,
      fill: '0,',
      size: 5 * 1000 * 1000,
      tail: '0]}',
    })
  },
  padded400: (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    stream(res, paddedParts(400 * 1000 * 1000))
  },
}

const ports: Record<string, number> = {}
for (const [name, answer] of Object.entries(answers)) {
  const server = createServer((req, res) => {
    req.resume()
    req.once('end', () => {
      answer(res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  ports[name] = (server.address() as AddressInfo).port
}
console.log(JSON.stringify({ ports, bombBytes: bomb.length }))
