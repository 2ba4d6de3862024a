import type { Plugin, Rolldown } from 'vite'
import { chunkOf } from './built-chunk.ts'

/**
 * Preloads from index.html's <head> a module the app loads with `import()`,
 * and the chunks it imports: it downloads and compiles alongside the first
 * load, but runs only when the app imports it. The links come after the first
 * load's own preloads, which the browser then requests first. Each carries
 * the attribute `mark`, for a server that knows the page has no use for them.
 */
export function preloadDynamicImport(module: string, mark: string): Plugin {
  let base = '/'
  return {
    name: 'preload-dynamic-import',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html
        const links = chunkWithImports(context.bundle, module)
          .filter((file) => !html.includes(`"${base}${file}"`))
          .map(
            (file) =>
              `<link rel="modulepreload" crossorigin href="${base}${file}" ${mark}>`,
          )
        const lastPreload = html.lastIndexOf(MODULE_PRELOAD)
        if (lastPreload < 0)
          throw new Error(`The built index.html has no ${MODULE_PRELOAD}`)
        const end = html.indexOf('>', lastPreload) + 1
        return (
          html.slice(0, end) +
          links.map((link) => `\n    ${link}`).join('') +
          html.slice(end)
        )
      },
    },
  }
}

const MODULE_PRELOAD = '<link rel="modulepreload"'

function chunkWithImports(bundle: Rolldown.OutputBundle, module: string): string[] {
  const chunk = chunkOf(bundle, module)
  if (!chunk?.isDynamicEntry) {
    throw new Error(`The build loads no ${module} with import()`)
  }
  return [...chunk.imports, chunk.fileName]
}
