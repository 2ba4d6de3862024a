import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import basicSsl from '@vitejs/plugin-basic-ssl'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { answerPortalPost } from './server/answer-portal-post.ts'
import {
  COLOR_SCHEME_SCRIPT_ID,
  PRELOADED_AFTER_HYDRATION,
} from './server/server-first-paint.ts'
import { preloadDynamicImport } from './tools/preload-dynamic-import.ts'
import { renderBlockingScript } from './tools/render-blocking-script.ts'

/** Decides light or the system's scheme before the first paint, as a classic script. */
const COLOR_SCHEME_SCRIPT = 'src/app/color-scheme.ts'
/** The only module that imports the SDK. */
const SDK_ADAPTER = 'src/lib/bitrix24-frame.ts'

export default defineConfig({
  // `@/` is src/, as in tsconfig.app.json's paths; Vitest's projects inherit it.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  plugins: [
    react(),
    // Light inside Bitrix24, the system's scheme elsewhere, decided before the first paint.
    renderBlockingScript(COLOR_SCHEME_SCRIPT, COLOR_SCHEME_SCRIPT_ID),
    // The SDK runs only once main.tsx imports it: at once on a page served
    // as a file, which preloads it; after hydration on a page the server
    // painted, which leaves the preload out.
    preloadDynamicImport(SDK_ADAPTER, PRELOADED_AFTER_HYDRATION),
    // `npm run dev` for a real portal: Bitrix24 frames only https pages and
    // opens them with a form POST, which paints the poll first for the
    // portals in PORTAL_ORIGINS.
    answerPortalPost(),
    {
      ...basicSsl({ name: 'chat-poll-dev' }),
      apply: (_, env) => env.command === 'serve' && !env.isPreview && env.mode !== 'test',
    },
  ],
  build: {
    target: 'es2022',
    // Every browser Bitrix24 supports has modulepreload: the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached
        // across releases, and each one's weight is visible on its own.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'bitrix24-sdk',
              test: /node_modules[\\/](@bitrix24|axios|luxon|qs-esm)/,
            },
            // Only polls with HTML texts load the sanitiser: it must not ride
            // along in the eagerly loaded vendor file.
            { name: 'sanitizer', test: /node_modules[\\/]dompurify[\\/]/ },
            { name: 'vendor', test: /node_modules/, tags: ['$initial'] },
            // The app's own first-load modules in one file: the lazy parts
            // import what they share with it from there, rather than from
            // small shared chunks that cost a request and compression each.
            // The entry modules stay out, so their chunks remain the entries,
            // and the colour-scheme script stays a classic script of its own.
            {
              name: 'app',
              test: (id) =>
                /[\\/]src[\\/]/.test(id) &&
                !id.endsWith('main.tsx') &&
                !id.endsWith(SDK_ADAPTER) &&
                !id.endsWith(basename(COLOR_SCHEME_SCRIPT)),
              tags: ['$initial'],
            },
          ],
        },
      },
    },
  },
  test: {
    restoreMocks: true,
    // On a busy shared machine, or with the code instrumented for mutation
    // testing, a test waiting for the app can take several times its usual time.
    testTimeout: 15_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-reports/unit.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/setup-tests.ts'],
          // src/styles.test.ts reads the palette from the stylesheet itself,
          // src/component-styles.test.ts each component's class names.
          css: { include: [/src\/[\w/-]+\.css/] },
        },
      },
      {
        extends: true,
        test: {
          name: 'portal',
          environment: 'node',
          include: ['e2e/portal/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'bench', environment: 'node', include: ['bench/**/*.test.ts'] },
      },
    ],
  },
})
