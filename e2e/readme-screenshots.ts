import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, expect, type FrameLocator, type Page } from '@playwright/test'
import { startAppInPortal } from './portal/start-both'
import { findChromium } from './support/chromium'

/**
 * `npm run screenshots`: the README's pictures, taken from the production
 * build running in the simulated portal, so they show what the code does.
 * Each picture gets its own portal session, so one's vote is not another's.
 */

const root = resolve(import.meta.dirname, '..')
const out = resolve(root, 'docs/screenshots')
mkdirSync(out, { recursive: true })

const { portal, close } = await startAppInPortal({ dist: resolve(root, 'dist') })
const browser = await chromium.launch({ executablePath: findChromium() })

interface Shot {
  readonly name: string
  readonly query: Record<string, string>
  readonly colorScheme?: 'light' | 'dark'
  readonly ready: (app: FrameLocator) => Promise<void>
}

async function newSession(): Promise<string> {
  const response = await fetch(new URL('/control/sessions', portal.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scenario: 'demo' }),
  })
  const { id } = (await response.json()) as { id: string }
  return id
}

async function shoot({ name, query, colorScheme = 'light', ready }: Shot) {
  const page: Page = await browser.newPage({
    viewport: { width: 1280, height: 1000 },
    colorScheme,
    reducedMotion: 'reduce',
  })
  const url = new URL(portal.url)
  url.search = new URLSearchParams({ session: await newSession(), ...query }).toString()
  await page.goto(url.href)
  const app = page.getByTitle('Chat Poll').contentFrame()
  await ready(app)
  await frameFitsContent(page, app)
  await page.screenshot({ path: resolve(out, `${name}.png`) })
  await page.close()
  console.log(`docs/screenshots/${name}.png`)
}

/** The portal resizes the frame a moment after the content changes: wait for it. */
async function frameFitsContent(page: Page, app: FrameLocator) {
  await expect
    .poll(async () => {
      const [frame, content] = await Promise.all([
        page.getByTitle('Chat Poll').boundingBox(),
        app.getByRole('main').boundingBox(),
      ])
      return Math.abs((frame?.height ?? 0) - (content?.height ?? -100))
    })
    .toBeLessThan(2)
}

const shots: Shot[] = [
  {
    name: 'voted',
    query: { open: '1002' },
    ready: (app) => app.getByRole('button', { name: 'Withdraw my vote' }).waitFor(),
  },
  {
    name: 'withdrawn-undo',
    query: { open: '1002' },
    ready: async (app) => {
      await app.getByRole('button', { name: 'Withdraw my vote' }).click()
      await app.getByRole('button', { name: 'Undo' }).waitFor()
    },
  },
  {
    name: 'ballot',
    query: { open: '1006' },
    ready: (app) => app.getByRole('radio', { name: 'Fruit' }).check(),
  },
  {
    name: 'voters',
    query: { open: '1003' },
    ready: async (app) => {
      await app.getByRole('button', { name: 'Who voted Thursday' }).click()
      await app.getByRole('list', { name: 'Who voted Thursday' }).waitFor()
    },
  },
  {
    name: 'circle-diagram',
    query: { open: '1005' },
    ready: (app) => app.getByRole('meter', { name: 'Performance' }).waitFor(),
  },
  {
    name: 'russian',
    query: { open: '1002', lang: 'ru' },
    ready: (app) => app.getByRole('button', { name: 'Отозвать мой голос' }).waitFor(),
  },
  {
    name: 'arabic',
    query: { open: '1003', lang: 'ar' },
    ready: (app) => app.getByRole('button', { name: 'اسحب صوتي' }).waitFor(),
  },
  {
    name: 'dark',
    query: { open: '1003' },
    colorScheme: 'dark',
    ready: (app) => app.getByRole('button', { name: 'Withdraw my vote' }).waitFor(),
  },
]

try {
  for (const shot of shots) await shoot(shot)
} finally {
  await browser.close()
  await close()
}
