import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AppServerOptions } from './app-server.ts'
import { portalOriginsFromEnv } from './portal-origins.ts'
import { RENDER_LIMITS } from './render-pool.ts'

/**
 * `npm run serve`'s server, as its environment sets it: `PORTAL_ORIGINS`
 * (required), `DIST`, `HOST`, `PORT`, `RENDER_THREADS` and `ACCESS_LOG`.
 * Throws, with what to do about it, where one of them is wrong or the build
 * is missing.
 */
export function serveOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  projectRoot: string,
): AppServerOptions {
  const portalOrigins = portalOriginsFromEnv(env.PORTAL_ORIGINS)
  if (portalOrigins.length === 0) {
    throw new Error(
      [
        'Set PORTAL_ORIGINS to the Bitrix24 portals allowed to open the app,',
        'comma or space separated, for example:',
        '  PORTAL_ORIGINS=https://your-company.bitrix24.com npm run serve',
      ].join('\n'),
    )
  }
  const root = env.DIST ? resolve(env.DIST) : join(projectRoot, 'dist')
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(root, 'index.html')} is missing: run npm run build first.`)
  }
  return {
    root,
    host: env.HOST || '127.0.0.1',
    port: portOf(env.PORT || '4173'),
    portalOrigins,
    firstPaint: {
      renderLimits: {
        threads: env.RENDER_THREADS
          ? threadsOf(env.RENDER_THREADS)
          : RENDER_LIMITS.threads,
      },
    },
    // Off unless asked for: a line per request is the proxy's job in most setups.
    accessLog:
      env.ACCESS_LOG === '1'
        ? (line) => {
            console.log(line)
          }
        : undefined,
  }
}

function portOf(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new Error(`PORT must be 0-65535, not "${value}".`)
  }
  return port
}

function threadsOf(value: string): number {
  const threads = Number(value)
  if (!/^\d+$/.test(value) || threads < 1 || threads > 64) {
    throw new Error(`RENDER_THREADS must be 1-64, not "${value}".`)
  }
  return threads
}
