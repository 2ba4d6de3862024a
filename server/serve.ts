import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startAppServer } from './app-server.ts'
import { portalOriginsFromEnv } from './portal-origins.ts'
import { RENDER_LIMITS } from './render-pool.ts'

/** `npm run serve`: the built app, as a Bitrix24 portal opens it. */

const projectRoot = fileURLToPath(new URL('..', import.meta.url))

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535) fail(`PORT must be 0-65535, not "${value}".`)
  return port
}

function parseThreads(value: string): number {
  const threads = Number(value)
  if (!/^\d+$/.test(value) || threads < 1 || threads > 64) {
    fail(`RENDER_THREADS must be 1-64, not "${value}".`)
  }
  return threads
}

let portalOrigins: readonly string[] = []
try {
  portalOrigins = portalOriginsFromEnv()
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}
if (portalOrigins.length === 0) {
  fail(
    [
      'Set PORTAL_ORIGINS to the Bitrix24 portals allowed to open the app,',
      'comma or space separated, for example:',
      '  PORTAL_ORIGINS=https://your-company.bitrix24.com npm run serve',
    ].join('\n'),
  )
}
const root = process.env.DIST ? resolve(process.env.DIST) : join(projectRoot, 'dist')
if (!existsSync(join(root, 'index.html'))) {
  fail(`${join(root, 'index.html')} is missing: run npm run build first.`)
}

const server = await startAppServer({
  root,
  host: process.env.HOST || '127.0.0.1',
  port: parsePort(process.env.PORT || '4173'),
  portalOrigins,
  firstPaint: {
    renderLimits: {
      threads: process.env.RENDER_THREADS
        ? parseThreads(process.env.RENDER_THREADS)
        : RENDER_LIMITS.threads,
    },
  },
  // Off unless asked for: a line per request is the proxy's job in most setups.
  accessLog:
    process.env.ACCESS_LOG === '1'
      ? (line) => {
          console.log(line)
        }
      : undefined,
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
console.log(`Serving ${root} at ${server.url}`)

// A stop lets the requests in flight be answered (SERVER_LIMITS.drainMs at most).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0))
  })
}
