import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, expect, type FrameLocator, type Page } from '@playwright/test'
import { startAppInPortal } from './portal/start-both'
import { findChromium } from './support/chromium'

/**
 * `npm run screenshots`: the pictures in `docs/`, taken from the production
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
  /** A news-feed poll to open, by its post, as a slider page would. */
  readonly feedPost?: number
  readonly ready: (page: Page) => Promise<void>
  readonly colorScheme?: 'light' | 'dark'
  readonly viewport?: { readonly width: number; readonly height: number }
  /** Whether the picture shows the app's slider, whose frame must have fitted first. */
  readonly showsApp?: boolean
  /** A portal where the app is not installed yet. */
  readonly installed?: boolean
}

/** Each picture in a session of its own, so one's vote is not another's. */
async function shoot({
  name,
  query,
  feedPost,
  ready,
  colorScheme = 'light',
  viewport = { width: 1280, height: 1000 },
  showsApp = true,
  installed = true,
}: Shot) {
  const created = await fetch(new URL('/control/sessions', portal.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scenario: 'demo', installed }),
  })
  const { id } = (await created.json()) as { id: string }
  if (feedPost !== undefined) {
    const stored = await fetch(
      new URL(`/control/sessions/${id}/polls/${String(feedPost)}`, portal.url),
    )
    const { attachId } = (await stored.json()) as { attachId: number }
    query = {
      ...query,
      placement: 'DEFAULT',
      options: JSON.stringify({ attachId: String(attachId) }),
    }
  }
  const page = await browser.newPage({
    viewport,
    colorScheme,
    reducedMotion: 'reduce',
  })
  const url = new URL(portal.url)
  url.search = new URLSearchParams({ session: id, ...query }).toString()
  await page.goto(url.href)
  await ready(page)
  if (showsApp) await frameFitsContent(page)
  await page.screenshot({ path: resolve(out, `${name}.png`) })
  await page.close()
  console.log(`docs/screenshots/${name}.png`)
}

const app = (page: Page): FrameLocator => page.getByTitle('Chat Poll').contentFrame()

/** The portal resizes the frame a moment after the content changes: wait for it. */
async function frameFitsContent(page: Page) {
  await expect
    .poll(async () => {
      const [frame, content] = await Promise.all([
        page.getByTitle('Chat Poll').boundingBox(),
        app(page).getByRole('main').boundingBox(),
      ])
      return Math.abs((frame?.height ?? 0) - (content?.height ?? -100))
    })
    .toBeLessThan(2)
}

const shots: Shot[] = [
  {
    name: 'voted',
    query: { open: '1002' },
    ready: (page) =>
      app(page).getByRole('button', { name: 'Who voted Sushi bar You, Chen' }).waitFor(),
  },
  {
    name: 'withdrawn-undo',
    query: { open: '1002' },
    ready: async (page) => {
      await app(page).getByRole('button', { name: 'Withdraw my vote' }).click()
      await app(page).getByRole('button', { name: 'Undo' }).waitFor()
    },
  },
  {
    name: 'ballot',
    query: { open: '1006' },
    ready: (page) => app(page).getByRole('radio', { name: 'Fruit' }).check(),
  },
  {
    name: 'voters',
    query: { open: '1003' },
    ready: async (page) => {
      await app(page).getByRole('button', { name: 'Who voted Thursday You' }).click()
      await app(page).getByRole('list', { name: 'Who voted Thursday' }).waitFor()
    },
  },
  {
    name: 'feed-poll',
    query: {},
    feedPost: 501,
    ready: (page) =>
      app(page)
        .getByRole('button', { name: 'Who voted Quiet room You, Boris' })
        .waitFor(),
  },
  {
    name: 'circle-diagram',
    query: { open: '1005' },
    ready: (page) =>
      app(page).getByRole('button', { name: 'Who voted Customer delight You' }).waitFor(),
  },
  {
    name: 'russian',
    query: { open: '1002', lang: 'ru' },
    ready: (page) =>
      app(page).getByRole('button', { name: 'Кто голосовал Sushi bar Вы' }).waitFor(),
  },
  {
    name: 'arabic',
    query: { open: '1003', lang: 'ar' },
    ready: (page) =>
      app(page).getByRole('button', { name: 'من صوّت Thursday أنت' }).waitFor(),
  },
  {
    name: 'dark',
    query: { open: '1003' },
    colorScheme: 'dark',
    ready: (page) =>
      app(page).getByRole('button', { name: 'Who voted Thursday You' }).waitFor(),
  },
  {
    name: 'mobile-dark',
    query: { open: '1005' },
    colorScheme: 'dark',
    // The portal's slider leaves the app 320 px of this width.
    viewport: { width: 352, height: 800 },
    ready: (page) =>
      app(page).getByRole('button', { name: 'Who voted Customer delight You' }).waitFor(),
  },
  {
    name: 'chat',
    query: {},
    showsApp: false,
    ready: async (page) => {
      await page
        .getByRole('navigation', { name: 'Chats' })
        .getByRole('button', { name: 'Random' })
        .click()
      await page.getByRole('radio', { name: 'Fruit' }).check()
    },
  },
  {
    name: 'first-run',
    query: {},
    showsApp: false,
    installed: false,
    ready: (page) => page.getByRole('region', { name: 'Poll' }).first().waitFor(),
  },
]

try {
  for (const shot of shots) await shoot(shot)
} finally {
  await browser.close()
  await close()
}
