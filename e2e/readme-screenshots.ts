import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { startAppInPortal } from './portal/start-both'
import { findChromium } from './support/chromium'

/**
 * `npm run screenshots`: the README's pictures, taken from the production
 * build running in the simulated portal, so they show what the code does.
 */

const root = resolve(import.meta.dirname, '..')
const out = resolve(root, 'docs/screenshots')
mkdirSync(out, { recursive: true })

const { portal, close } = await startAppInPortal({ dist: resolve(root, 'dist') })
const browser = await chromium.launch({ executablePath: findChromium() })

/** Each picture in a session of its own, installed unless said otherwise. */
async function shoot(
  name: string,
  query: Record<string, string>,
  ready: (page: Page) => Promise<void>,
  setup: { installed?: boolean } = {},
) {
  const created = await fetch(new URL('/control/sessions', portal.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scenario: 'demo', ...setup }),
  })
  const { id } = (await created.json()) as { id: string }
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const url = new URL(portal.url)
  url.search = new URLSearchParams({ session: id, ...query }).toString()
  await page.goto(url.href)
  await ready(page)
  await page.screenshot({ path: resolve(out, `${name}.png`) })
  await page.close()
  console.log(`docs/screenshots/${name}.png`)
}

const app = (page: Page) => page.getByTitle('Chat Poll').contentFrame()

try {
  await shoot('voted', { open: '1002' }, async (page) => {
    await app(page).getByRole('button', { name: 'Withdraw my vote' }).waitFor()
  })
  await shoot('chat', {}, async (page) => {
    await page
      .getByRole('navigation', { name: 'Chats' })
      .getByRole('button', { name: 'Random' })
      .click()
    await page.getByRole('radio', { name: 'Fruit' }).check()
  })
  await shoot(
    'first-run',
    {},
    async (page) => {
      await page.getByRole('region', { name: 'Poll' }).first().waitFor()
    },
    { installed: false },
  )
} finally {
  await browser.close()
  await close()
}
