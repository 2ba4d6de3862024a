// Stryker disable all: the entry point runs as a process of its own, where no mutant is switched on; what it decides is serve-options.ts's
import { fileURLToPath } from 'node:url'
import { startAppServer, type AppServerOptions } from './app-server.ts'
import { serveOptionsFromEnv } from './serve-options.ts'

/** `npm run serve`: the built app, as a Bitrix24 portal opens it. */

const projectRoot = fileURLToPath(new URL('..', import.meta.url))

function fail(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}

let options: AppServerOptions
try {
  options = serveOptionsFromEnv(process.env, projectRoot)
} catch (error) {
  fail(error)
}
const server = await startAppServer(options).catch(fail)
console.log(`Serving ${options.root} at ${server.url}`)

// A stop lets the requests in flight be answered (SERVER_LIMITS.drainMs at most).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0))
  })
}
