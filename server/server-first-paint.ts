import type { PollPage } from '../src/entry-server.tsx'
import { pollReadOf } from '../src/poll-read.ts'
import type { PaintRequest } from './paint-poll.ts'
import { portalPostOf, type PortalPost } from './portal-post.ts'
import { PORTAL_READ_LIMITS, postForJson, type PortalReadLimits } from './portal-read.ts'

/** What a server needs to paint the poll first: its allowed portals and a painter. */
export interface ServerFirstPaint {
  readonly portalOrigins: readonly string[]
  /** PORTAL_READ_LIMITS where not given: tests use small ones. */
  readonly readLimits?: Partial<PortalReadLimits>
  /**
   * The page for the portal's answer, `undefined` where it cannot be painted:
   * a render thread's (render-pool.ts), or the dev server's own.
   */
  readonly paint: (request: PaintRequest) => Promise<PollPage | undefined>
}

/**
 * The app's page with the poll in it, for Bitrix24's form POST: the server
 * reads the poll with the posted token and renders the app around it.
 * `undefined` whenever that cannot be done (a portal not allowed, no poll in
 * the placement, a portal error, a slow portal, a payload the app cannot
 * show): the caller then sends the page as it is, and the app reads the poll
 * itself, as it would have anyway.
 */
export async function serverFirstPage(
  template: string,
  query: URLSearchParams,
  form: URLSearchParams,
  options: ServerFirstPaint,
): Promise<string | undefined> {
  const post = portalPostOf(query, form, options.portalOrigins)
  if (!post) return undefined
  const read = pollReadOf(post.placement)
  if (!read) return undefined
  const answer = await callPortal(post, read.method, read.params, options)
  if (answer === undefined) return undefined
  const page = await options.paint({
    lang: post.lang,
    origin: post.origin,
    placement: post.placement,
    answer,
  })
  if (page === undefined) return undefined
  // Replaced by functions: a `$&` in a poll's text is text, not a pattern.
  return template
    .replace(HTML_START, () => `<html lang="${page.locale}" dir="${page.dir}">`)
    .replace(COLOR_SCHEME_SCRIPT, '')
    .replace(PRELOADS_AFTER_HYDRATION, '')
    .replace(ROOT, () => `<div id="root">${page.appHtml}</div>${page.dataElement}`)
}

/** Where index.html takes the app's language, and the app itself. */
const HTML_START = '<html lang="en">'
const ROOT = '<div id="root"></div>'

/** The element of src/app/color-scheme.ts in the built index.html. */
export const COLOR_SCHEME_SCRIPT_ID = 'color-scheme'
/**
 * A page painted for a portal's POST is in Bitrix24, where the app is light
 * and the script would set nothing; as a script that stops the page's parsing
 * until it has been fetched and run, it would only hold the first paint back.
 */
const COLOR_SCHEME_SCRIPT = new RegExp(
  `\\s*<script id="${COLOR_SCHEME_SCRIPT_ID}" src="[^"]*"></script>`,
)

/** Marks the preloads of what a painted page imports only once it is hydrated (the SDK). */
export const PRELOADED_AFTER_HYDRATION = 'data-after-hydration'
/**
 * Each preload costs the page's main thread several milliseconds as the
 * response commits, before the first paint (bench/README.md); what the page
 * imports after hydrating can be fetched then.
 */
const PRELOADS_AFTER_HYDRATION = new RegExp(
  `\\s*<link rel="modulepreload"[^>]* ${PRELOADED_AFTER_HYDRATION}>`,
  'g',
)

/** Whether the app's page has the places the server fills in. */
export function canPaintFirst(template: string): boolean {
  return template.includes(ROOT) && template.includes(HTML_START)
}

/**
 * One REST call with the posted token, in the body as the SDK sends it (never
 * in the URL, which servers and proxies log), to the allowed origin only (no
 * redirect followed), within the read limits. The answer's bytes, unparsed,
 * or `undefined` for any failure; nothing about it is logged.
 */
function callPortal(
  post: PortalPost,
  method: string,
  params: Record<string, unknown>,
  options: ServerFirstPaint,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  return postForJson(
    `${post.origin}/rest/${method}.json`,
    JSON.stringify({ ...params, auth: post.authId }),
    { ...PORTAL_READ_LIMITS, ...options.readLimits },
  )
}
