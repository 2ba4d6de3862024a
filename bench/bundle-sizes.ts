import { gzipSync } from 'node:zlib'
import type { Rolldown } from 'vite'

/**
 * The weight of a build the benchmark made, split into what the app cannot
 * shrink (React and the Bitrix24 SDK) and what it can (its own code and
 * smaller libraries), as .size-limit.js budgets it; the baseline page's build
 * is weighed the same way.
 */

export type Part = 'react' | 'sdk' | 'app'

export interface BundleSizes {
  /**
   * Gzipped bytes of the JS a cold open downloads (entries, their static
   * imports and the chunks index.html preloads), per part.
   */
  readonly initialJs: Record<Part, number>
  /** Gzipped bytes of the JS loaded only on demand (lazy chunks). */
  readonly lazyJs: number
  readonly css: number
}

/** Chunk names set by `codeSplitting.groups` in vite.config.ts. */
const PART_OF_CHUNK: Record<string, Part> = { react: 'react', 'bitrix24-sdk': 'sdk' }

export function bundleSizes(bundle: Rolldown.OutputBundle): BundleSizes {
  const items = Object.values(bundle)
  const initial = new Set<string>()
  const visit = (fileName: string) => {
    if (initial.has(fileName)) return
    initial.add(fileName)
    const item = bundle[fileName]
    if (item?.type === 'chunk') for (const imported of item.imports) visit(imported)
  }
  for (const item of items)
    if (item.type === 'chunk' && item.isEntry) visit(item.fileName)
  // A chunk the page preloads is downloaded on every open, though it runs
  // only once the app imports it.
  for (const fileName of preloadedByPage(bundle)) visit(fileName)
  // A chunk group that swallows the entry module leaves no entry chunk, and
  // a first load of nothing would pass any budget.
  if (initial.size === 0) throw new Error('The bundle has no entry chunk to measure')

  const initialJs: Record<Part, number> = { react: 0, sdk: 0, app: 0 }
  let lazyJs = 0
  let css = 0
  for (const item of items) {
    if (item.type === 'chunk') {
      const size = gzipped(item.code)
      if (initial.has(item.fileName)) initialJs[PART_OF_CHUNK[item.name] ?? 'app'] += size
      else lazyJs += size
    } else if (item.fileName.endsWith('.css')) {
      css += gzipped(item.source)
    }
  }
  return { initialJs, lazyJs, css }
}

function preloadedByPage(bundle: Rolldown.OutputBundle): string[] {
  const page = bundle['index.html']
  if (page?.type !== 'asset') return []
  const html =
    typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source)
  return [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(
    ([, fileName]) => fileName ?? '',
  )
}

function gzipped(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).byteLength
}
