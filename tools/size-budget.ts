import { gzipSync } from 'node:zlib'
import type { Plugin, Rolldown } from 'vite'

/**
 * The bundle's weight, split into what the app cannot shrink (React and the
 * Bitrix24 SDK) and what it can (its own code and smaller libraries), and a
 * build that fails when the app's share of the first load grows past budget.
 */

export type Part = 'react' | 'sdk' | 'app'

export interface BundleSizes {
  /** Gzipped bytes of the JS a cold open downloads (entry and static imports), per part. */
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

function gzipped(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).byteLength
}

/** The app's own share of a cold open, above React and the SDK, in gzipped kB. */
export const INITIAL_APP_BUDGET_KB = 26.5

export function sizeBudget(options: {
  /** Budget for the app's own share of the first load, in gzipped kilobytes (1000 bytes). */
  readonly initialAppKb: number
  readonly onReport?: (sizes: BundleSizes) => void
}): Plugin {
  return {
    name: 'size-budget',
    apply: 'build',
    writeBundle(_, bundle) {
      const sizes = bundleSizes(bundle)
      options.onReport?.(sizes)
      const appKb = sizes.initialJs.app / 1000
      if (appKb > options.initialAppKb) {
        this.error(
          `Size budget exceeded: the app's own JS in the first load is ${appKb.toFixed(1)} kB ` +
            `gzipped, over the ${options.initialAppKb} kB budget (React and the SDK not counted). ` +
            'Load what the first paint does not need with a dynamic import(), or drop weight.',
        )
      }
    },
  }
}
