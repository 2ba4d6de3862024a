import { resolve } from 'node:path'
import type { Plugin, Rolldown } from 'vite'
import { chunkOf } from './built-chunk.ts'

/**
 * Runs one module of the app as a classic script in index.html's <head>: the
 * page is not painted until it has run, which no module script (always
 * deferred) can promise. It is a file of the app's own origin, as the
 * Content-Security-Policy wants (no inline script). The module must import and
 * export nothing: its built chunk is then plain script. Built as an entry of
 * its own, it counts in the size budget's first load. `id` names its element,
 * for a server that knows the script has nothing to do on a page.
 *
 * In the build, the script and the page's stylesheets come before the module
 * scripts and their preloads: the first paint waits for exactly these, and the
 * browser requests a page's files in the order it meets them, each request
 * costing the page's main thread several milliseconds on a slow CPU.
 */
export function renderBlockingScript(entry: string, id: string): Plugin {
  let base = '/'
  return {
    name: 'render-blocking-script',
    config(config, env) {
      if (env.command !== 'build') return
      // Naming inputs replaces Vite's default one, index.html: it is named too.
      const root = resolve(config.root ?? '')
      const input = {
        index: resolve(root, 'index.html'),
        [name(entry)]: resolve(root, entry),
      }
      return { build: { rolldownOptions: { input } } }
    },
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) {
          return [{ tag: 'script', attrs: { id, src: base + entry }, injectTo: 'head' }]
        }
        const script = `<script id="${id}" src="${base}${builtFile(context.bundle, entry)}"></script>`
        const stylesheets = [...html.matchAll(STYLESHEET)].map(([, link]) => link)
        const page = html.replace(STYLESHEET, '')
        const firstModule = page.indexOf(MODULE_SCRIPT)
        if (firstModule < 0)
          throw new Error(`The built index.html has no ${MODULE_SCRIPT}`)
        return (
          page.slice(0, firstModule) +
          [script, ...stylesheets, ''].join('\n    ') +
          page.slice(firstModule)
        )
      },
    },
  }
}

/** A stylesheet's link, and the white space before it that goes with it. */
const STYLESHEET = /\s*(<link rel="stylesheet"[^>]*>)/g
const MODULE_SCRIPT = '<script type="module"'

function name(entry: string): string {
  return entry.replace(/^.*\//, '').replace(/\.\w+$/, '')
}

function builtFile(bundle: Rolldown.OutputBundle, entry: string): string {
  const chunk = chunkOf(bundle, entry)
  if (!chunk?.isEntry) throw new Error(`The build has no entry for ${entry}`)
  if (chunk.imports.length > 0 || chunk.exports.length > 0) {
    throw new Error(`${entry} must import and export nothing to run as a classic script`)
  }
  return chunk.fileName
}
