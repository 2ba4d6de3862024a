import { afterEach, describe, expect, test, vi } from 'vitest'

/** Runs color-scheme.ts as index.html does, on a page opened at `address`. */
async function openPageAt(address: string) {
  history.replaceState(null, '', address)
  vi.resetModules()
  await import('./color-scheme')
  return document.documentElement.dataset.colorScheme
}

afterEach(() => {
  delete document.documentElement.dataset.colorScheme
  history.replaceState(null, '', '/')
})

describe('the colour scheme', () => {
  test('stays light when Bitrix24 opened the page, whatever the system prefers', async () => {
    expect(
      await openPageAt('/?DOMAIN=portal.example&PROTOCOL=1&LANG=ru&APP_SID=abc123'),
    ).toBeUndefined()
  })

  test('follows the system where no portal opened the page', async () => {
    expect(await openPageAt('/')).toBe('system')
  })

  test('follows the system when the address carries only part of what Bitrix24 sends', async () => {
    expect(await openPageAt('/?DOMAIN=portal.example&LANG=ru')).toBe('system')
  })
})
