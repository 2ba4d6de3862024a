/**
 * Size budgets, `npm run size` after `npm run build`: the browser's JS gzipped
 * as the portal's users download it, the server's bundle as it lies on disk.
 * One entry per chunk (vite.config.ts names the files after their chunks), so
 * a failure names the chunk that grew.
 */

const assets = (chunk) => `dist/assets/${chunk}-*.js`

/**
 * What a cold open downloads besides React and the SDK (dist/index.html: the
 * entry, the colour-scheme script, their static imports and the chunks the
 * page preloads). Their shares add up to the app's budget: a chunk may grow
 * only into another's share. The app's share grew by 0.15 kB for the form
 * bodies that spare every REST call its CORS preflight, and for telling a
 * closed poll from a failure; it took 0.01 kB of the vendor chunk's for the
 * rows of who voted that hold their place from the first paint; and it grew by
 * 0.57 kB when the SDK's adapter became a chunk of its own, preloaded but run
 * after hydration on a page the server painted (bench/README.md).
 */
const FIRST_LOAD_KB = {
  index: 0.73,
  'color-scheme': 0.14,
  'rolldown-runtime': 0.43,
  vendor: 12.54,
  app: 12.41,
  'bitrix24-frame': 0.97,
}

/** Loaded on demand: parts of the poll, the installer, the sanitiser, other languages. */
const LAZY_KB = {
  'answer-voters': 3,
  'pie-chart': 0.6,
  'undo-withdrawal': 1.1,
  'install-screen': 1.1,
  sanitizer: 12,
  'purify.es': 0.1,
  ar: 2.7,
  br: 2.3,
  de: 2.4,
  la: 2.3,
  ru: 2.8,
  ua: 2.8,
}

/** Weighed on their own, never in the app's share. */
const LIBRARIES = ['react', 'bitrix24-sdk']

const total = (budgets) =>
  `${Object.values(budgets)
    .reduce((sum, kb) => sum + kb, 0)
    .toFixed(2)} kB`

const perChunk = (label, budgets) =>
  Object.entries(budgets).map(([chunk, kb]) => ({
    name: `${label}: ${chunk}`,
    path: assets(chunk),
    limit: `${String(kb)} kB`,
    gzip: true,
  }))

export default [
  {
    name: 'First load, the app without React and the SDK',
    path: Object.keys(FIRST_LOAD_KB).map(assets),
    limit: total(FIRST_LOAD_KB),
    gzip: true,
  },
  ...perChunk('First load', FIRST_LOAD_KB),
  {
    name: 'Lazy chunks',
    // Every other chunk, so that a new one counts before it has an entry.
    path: [
      'dist/assets/*.js',
      ...[...Object.keys(FIRST_LOAD_KB), ...LIBRARIES].map(
        (chunk) => `!${assets(chunk)}`,
      ),
    ],
    limit: total(LAZY_KB),
    gzip: true,
    message: 'A chunk without an entry of its own counts here: give it one below.',
  },
  ...perChunk('Lazy', LAZY_KB),
  {
    // Read once from disk when the server starts: its plain size is what counts.
    // The server's main thread: I/O, no React, no DOM. It grew past 25 kB by
    // the painted page leaving out the colour-scheme script.
    name: 'Server bundle',
    path: 'dist-server/serve.js',
    limit: '25.5 kB',
    brotli: false,
  },
  {
    // Loaded once by each render thread: the app, its catalogues and the sanitiser's setup.
    name: 'Server render thread',
    path: 'dist-server/render-worker.js',
    limit: '205 kB',
    brotli: false,
  },
]
