import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, expect, type FrameLocator, type Page } from '@playwright/test'
import { PortalClient, type PortalSession } from '@chat-poll/simulated-portal/client'
import type { PollSpec } from '@chat-poll/simulated-portal/schemas'
import { ANNA, officePoll } from '@chat-poll/simulated-portal/demo-polls'
import { findChromium } from './support/chromium'
import { startAppInPortal } from './support/start-app-in-portal'

/**
 * `npm run screenshots`: the pictures in `docs/`, taken from the production
 * build running in the simulated portal, so they show what the code does.
 * Each picture gets its own portal session, so one's vote is not another's.
 */

const root = resolve(import.meta.dirname, '..')
const out = resolve(root, 'docs/screenshots')
mkdirSync(out, { recursive: true })

const {
  app: appServer,
  portal,
  close,
} = await startAppInPortal({
  dist: resolve(root, 'dist'),
})
const browser = await chromium.launch({ executablePath: findChromium() })

interface Shot {
  readonly name: string
  /** The poll message, by its text, whose menu opens the app; none shows the chat alone. */
  readonly poll?: string
  /** A news-feed poll to post and open by its attachment, as a slider page would. */
  readonly feedPoll?: PollSpec
  readonly query?: Record<string, string>
  readonly ready: (page: Page) => Promise<void>
  readonly colorScheme?: 'light' | 'dark'
  readonly viewport?: { readonly width: number; readonly height: number }
  /** Whether the picture shows the app's slider, whose frame must have fitted first. */
  readonly showsApp?: boolean
  /** A portal where the app is not installed yet. */
  readonly installed?: boolean
  /** The app's own address in a tab, with no portal around it. */
  readonly outsidePortal?: boolean
}

/** Each picture in a session of its own, so one's vote is not another's. */
async function shoot({
  name,
  poll,
  feedPoll,
  query = {},
  ready,
  colorScheme = 'light',
  viewport = { width: 1280, height: 1000 },
  showsApp = true,
  installed = true,
  outsidePortal = false,
}: Shot) {
  const session = await new PortalClient(portal.url).createSession({
    scenario: 'demo',
    installed,
  })
  const page = await browser.newPage({
    viewport,
    colorScheme,
    reducedMotion: 'reduce',
  })
  const open: Record<string, string> =
    poll === undefined ? {} : { open: String(await messageId(session, poll)) }
  const url =
    feedPoll === undefined
      ? session.chatUrl({ ...open, ...query })
      : session.feedPollUrl(await session.createFeedPoll(feedPoll), query)
  await page.goto(outsidePortal ? appServer.url : url)
  await ready(page)
  if (showsApp) await frameFitsContent(page)
  await page.screenshot({ path: resolve(out, `${name}.png`) })
  await page.close()
  await session.close()
  console.log(`docs/screenshots/${name}.png`)
}

/** The demo's poll message that Anna sees with this text. */
async function messageId(session: PortalSession, text: string): Promise<number> {
  const { chats } = await session.view(ANNA, 'en')
  const message = chats
    .flatMap((chat) => chat.messages)
    .find((candidate) => candidate.poll && candidate.text === text)
  if (!message) throw new Error(`Anna sees no poll message "${text}"`)
  return message.id
}

const lunchPoll = 'Where shall we have the team lunch on Friday?'
const offsitePoll = 'Which days suit you for the offsite?'
const quarterPoll = 'What should next quarter focus on?'
const snackPoll = 'Favourite office snack?'

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
    poll: lunchPoll,
    ready: (page) =>
      app(page).getByRole('button', { name: 'Who voted Sushi bar You, Chen' }).waitFor(),
  },
  {
    name: 'withdrawn-undo',
    poll: lunchPoll,
    ready: async (page) => {
      await app(page).getByRole('button', { name: 'Withdraw my vote' }).click()
      await app(page).getByRole('button', { name: 'Undo' }).waitFor()
    },
  },
  {
    name: 'ballot',
    poll: snackPoll,
    ready: (page) => app(page).getByRole('radio', { name: 'Fruit' }).check(),
  },
  {
    name: 'voters',
    poll: offsitePoll,
    ready: async (page) => {
      await app(page).getByRole('button', { name: 'Who voted Thursday You' }).click()
      await app(page).getByRole('list', { name: 'Who voted Thursday' }).waitFor()
    },
  },
  {
    name: 'feed-poll',
    feedPoll: officePoll,
    ready: (page) =>
      app(page)
        .getByRole('button', { name: 'Who voted Quiet room You, Boris' })
        .waitFor(),
  },
  {
    name: 'circle-diagram',
    poll: quarterPoll,
    ready: (page) =>
      app(page).getByRole('button', { name: 'Who voted Customer delight You' }).waitFor(),
  },
  {
    name: 'russian',
    poll: lunchPoll,
    query: { lang: 'ru' },
    ready: (page) =>
      app(page).getByRole('button', { name: 'Кто голосовал Sushi bar Вы' }).waitFor(),
  },
  {
    name: 'arabic',
    poll: offsitePoll,
    query: { lang: 'ar' },
    ready: (page) =>
      app(page).getByRole('button', { name: 'من صوّت Thursday أنت' }).waitFor(),
  },
  {
    name: 'installed',
    query: { placement: 'DEFAULT', options: '[]' },
    ready: (page) =>
      app(page).getByRole('heading', { name: 'Chat Poll is installed' }).waitFor(),
  },
  {
    name: 'mobile',
    poll: quarterPoll,
    // The app is light inside Bitrix24, whatever the system prefers.
    colorScheme: 'dark',
    // The portal's slider leaves the app 320 px of this width.
    viewport: { width: 352, height: 800 },
    ready: (page) =>
      app(page).getByRole('button', { name: 'Who voted Customer delight You' }).waitFor(),
  },
  {
    name: 'outside-dark',
    query: {},
    colorScheme: 'dark',
    viewport: { width: 800, height: 300 },
    showsApp: false,
    outsidePortal: true,
    ready: (page) =>
      page
        .getByRole('heading', { name: 'Open Chat Poll from a Bitrix24 chat' })
        .waitFor(),
  },
  {
    name: 'chat',
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
