import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * index.html as the build writes it, with the places the server paints the
 * poll into, the colour-scheme script, the app's script and the skeleton shown
 * until the app starts.
 */
export const PAGE = [
  '<!doctype html><html lang="en"><head><title>Chat Poll</title>',
  '<script id="color-scheme" src="/assets/color-scheme.js"></script>',
  '<script type="module" src="/assets/app.js"></script>',
  '<link rel="modulepreload" crossorigin href="/assets/sdk.js" data-after-hydration></head>',
  '<body><div id="root"></div><div class="skeleton"></div></body></html>',
].join('')

/** A folder the app server serves, as it serves `dist`. */
export interface AppRoot {
  readonly path: string
  remove(): Promise<void>
}

/** A fresh folder holding `files`, each path relative to it. */
export async function appRoot(files: Record<string, string>): Promise<AppRoot> {
  const path = await mkdtemp(join(tmpdir(), 'app-root-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(path, name)), { recursive: true })
    await writeFile(join(path, name), text)
  }
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}
