import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { RENDER_LIMITS } from './render-pool.ts'
import { serveOptionsFromEnv } from './serve-options.ts'
import { appRoot, PAGE, type AppRoot } from './testing/app-root.ts'

const PORTAL = 'https://example.bitrix24.com'

let project: AppRoot

beforeAll(async () => {
  project = await appRoot({ 'dist/index.html': PAGE, 'other/index.html': PAGE })
})

afterAll(async () => {
  await project.remove()
})

function optionsOf(env: NodeJS.ProcessEnv) {
  return serveOptionsFromEnv({ PORTAL_ORIGINS: PORTAL, ...env }, project.path)
}

describe('npm run serve', () => {
  test('serves dist on the loopback port 4173, painting in a thread per spare core, without a log', () => {
    const options = optionsOf({})

    expect(options).toMatchObject({
      root: join(project.path, 'dist'),
      host: '127.0.0.1',
      port: 4173,
      portalOrigins: [PORTAL],
      firstPaint: { renderLimits: { threads: RENDER_LIMITS.threads } },
    })
    expect(options.accessLog).toBeUndefined()
  })

  test('takes the build, address, threads and the access log from its environment', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const options = optionsOf({
      PORTAL_ORIGINS: `${PORTAL}, https://*.bitrix24.de`,
      DIST: join(project.path, 'other'),
      HOST: '0.0.0.0',
      PORT: '8080',
      RENDER_THREADS: '3',
      ACCESS_LOG: '1',
    })
    options.accessLog?.('GET / 200 1ms unpainted')

    expect(options).toMatchObject({
      root: resolve(project.path, 'other'),
      host: '0.0.0.0',
      port: 8080,
      portalOrigins: [PORTAL, 'https://*.bitrix24.de'],
      firstPaint: { renderLimits: { threads: 3 } },
    })
    expect(log).toHaveBeenCalledWith('GET / 200 1ms unpainted')
  })

  test.each([
    ['0', 0],
    ['65535', 65_535],
  ])('takes PORT %s', (port, expected) => {
    expect(optionsOf({ PORT: port }).port).toBe(expected)
  })

  test.each(['1', '64'])('takes RENDER_THREADS %s', (threads) => {
    expect(optionsOf({ RENDER_THREADS: threads }).firstPaint?.renderLimits?.threads).toBe(
      Number(threads),
    )
  })

  test.each([
    [
      { PORTAL_ORIGINS: '' },
      [
        'Set PORTAL_ORIGINS to the Bitrix24 portals allowed to open the app,',
        'comma or space separated, for example:',
        '  PORTAL_ORIGINS=https://your-company.bitrix24.com npm run serve',
      ].join('\n'),
    ],
    [{ PORTAL_ORIGINS: 'example.bitrix24.com' }, 'is not a portal origin'],
    [{ DIST: '/nowhere' }, '/nowhere/index.html is missing: run npm run build first.'],
    [{ DIST: '/' }, '/index.html is missing: run npm run build first.'],
    [{ PORT: '65536' }, 'PORT must be 0-65535, not "65536".'],
    [{ PORT: '80a' }, 'PORT must be 0-65535, not "80a".'],
    [{ PORT: '-1' }, 'PORT must be 0-65535, not "-1".'],
    [{ RENDER_THREADS: '0' }, 'RENDER_THREADS must be 1-64, not "0".'],
    [{ RENDER_THREADS: '65' }, 'RENDER_THREADS must be 1-64, not "65".'],
    [{ RENDER_THREADS: '2x' }, 'RENDER_THREADS must be 1-64, not "2x".'],
    [{ RENDER_THREADS: 'x2' }, 'RENDER_THREADS must be 1-64, not "x2".'],
  ])('refuses to start with %j', (env, message) => {
    expect(() => optionsOf(env)).toThrow(message)
  })
})
