// Stryker disable all: the tests' own tooling (tests, benchmarks and end-to-end runs build the render thread with it), building once per process: no mutant of it is ever switched on
import { fileURLToPath } from 'node:url'
import { threadId } from 'node:worker_threads'
import { build } from 'esbuild'

/**
 * The render thread's bundle, built from the sources as `npm run build:server`
 * builds dist-server/render-worker.js: for the server run from its sources
 * (tests, benchmarks, the end-to-end tests). A thread cannot load TypeScript
 * itself: tsx's loader hooks do not reach worker threads on Node 20. Built
 * under node_modules, so that the bundle finds the packages it leaves out.
 */
export function renderWorkerBundle(): Promise<URL> {
  bundle ??= buildBundle()
  return bundle
}

let bundle: Promise<URL> | undefined

async function buildBundle(): Promise<URL> {
  const outfile = new URL(
    `../node_modules/.cache/render-worker/${String(process.pid)}-${String(threadId)}.js`,
    import.meta.url,
  )
  await build({
    entryPoints: [fileURLToPath(new URL('./render-worker.ts', import.meta.url))],
    outfile: fileURLToPath(outfile),
    // Its `paths` map the app's `@/` imports to src/.
    tsconfig: fileURLToPath(new URL('../tsconfig.app.json', import.meta.url)),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    packages: 'external',
    logLevel: 'warning',
  })
  return outfile
}
