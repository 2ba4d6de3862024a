import type { Rolldown } from 'vite'
import { describe, expect, test } from 'vitest'
import { bundleSizes } from './bundle-sizes'

function chunk(fileName: string, name: string, code: string, extra: object = {}) {
  return { type: 'chunk', fileName, name, code, isEntry: false, imports: [], ...extra }
}

const bundle = {
  'index.js': chunk('index.js', 'index', 'app();'.repeat(50), {
    isEntry: true,
    imports: ['react.js', 'sdk.js'],
  }),
  'react.js': chunk('react.js', 'react', 'react();'.repeat(50)),
  'sdk.js': chunk('sdk.js', 'bitrix24-sdk', 'sdk();'.repeat(50), {
    imports: ['vendor.js'],
  }),
  'vendor.js': chunk('vendor.js', 'vendor', 'vendor();'.repeat(50)),
  'ballot.js': chunk('ballot.js', 'ballot', 'ballot();'.repeat(50)),
  'index.css': { type: 'asset', fileName: 'index.css', source: 'a{color:red}' },
} as unknown as Rolldown.OutputBundle

describe('the bundle size report', () => {
  test('counts what a cold open downloads, split into React, the SDK and the app', () => {
    const sizes = bundleSizes(bundle)

    expect(sizes.initialJs.react).toBeGreaterThan(0)
    expect(sizes.initialJs.sdk).toBeGreaterThan(0)
    // The app's share: its entry and the libraries it pulls in statically.
    const entryOnly = { 'index.js': bundle['index.js'] } as Rolldown.OutputBundle
    expect(sizes.initialJs.app).toBeGreaterThan(bundleSizes(entryOnly).initialJs.app)
  })

  test('chunks loaded on demand are reported apart from the first load', () => {
    const sizes = bundleSizes(bundle)
    const withoutLazy = { ...bundle }
    delete withoutLazy['ballot.js']

    expect(sizes.lazyJs).toBeGreaterThan(0)
    expect(bundleSizes(withoutLazy).lazyJs).toBe(0)
    expect(bundleSizes(withoutLazy).initialJs).toEqual(sizes.initialJs)
    expect(sizes.css).toBeGreaterThan(0)
  })

  test('a chunk the page preloads counts in the first load, though the app imports it on demand', () => {
    const page = {
      type: 'asset',
      fileName: 'index.html',
      source: '<link rel="modulepreload" crossorigin href="/ballot.js">',
    }
    const preloading = {
      ...bundle,
      'index.html': page,
    } as unknown as Rolldown.OutputBundle

    expect(bundleSizes(preloading).lazyJs).toBe(0)
    expect(bundleSizes(preloading).initialJs.app).toBeGreaterThan(
      bundleSizes(bundle).initialJs.app,
    )
  })

  test('a bundle without an entry chunk cannot be measured, rather than passing as empty', () => {
    const withoutEntry = { ...bundle }
    delete withoutEntry['index.js']

    expect(() => bundleSizes(withoutEntry)).toThrow('no entry chunk')
  })
})
