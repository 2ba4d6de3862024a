import createDOMPurify, { type DOMPurify } from 'dompurify'
import { JSDOM } from 'jsdom'
import type { AppRenderer } from '../src/entry-server.tsx'
import { portalPostOf, type PortalPost } from './portal-post.ts'
import { PORTAL_READ_LIMITS, postForJson, type PortalReadLimits } from './portal-read.ts'

/** What a server needs to paint the poll first: the app's renderer and its allowed portals. */
export interface ServerFirstPaint {
  readonly renderer: AppRenderer
  readonly portalOrigins: readonly string[]
  /** PORTAL_READ_LIMITS where not given: tests use small ones. */
  readonly readLimits?: Partial<PortalReadLimits>
}

/** DOMPurify on a DOM of the server's own: without one it would not sanitise at all. */
export function serverPurify(): DOMPurify {
  return createDOMPurify(new JSDOM('').window)
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
  const read = options.renderer.pollReadOf(post.placement)
  if (!read) return undefined
  const result = await callPortal(post, read.method, read.params, options)
  if (result === undefined) return undefined
  try {
    const page = await options.renderer.renderPollPage({
      lang: post.lang,
      origin: post.origin,
      placement: post.placement,
      result,
    })
    // Replaced by functions: a `$&` in a poll's text is text, not a pattern.
    return template
      .replace(HTML_START, () => `<html lang="${page.locale}" dir="${page.dir}">`)
      .replace(ROOT, () => `<div id="root">${page.appHtml}</div>${page.dataElement}`)
  } catch {
    return undefined
  }
}

/** Where index.html takes the app's language, and the app itself. */
const HTML_START = '<html lang="en">'
const ROOT = '<div id="root"></div>'

/** Whether the app's page has the places the server fills in. */
export function canPaintFirst(template: string): boolean {
  return template.includes(ROOT) && template.includes(HTML_START)
}

/**
 * One REST call with the posted token, in the body as the SDK sends it (never
 * in the URL, which servers and proxies log), to the allowed origin only (no
 * redirect followed), within the read limits. Its `result`, or `undefined`
 * for any failure; nothing about it is logged.
 */
async function callPortal(
  post: PortalPost,
  method: string,
  params: Record<string, unknown>,
  options: ServerFirstPaint,
): Promise<unknown> {
  const body = await postForJson(
    `${post.origin}/rest/${method}.json`,
    JSON.stringify({ ...params, auth: post.authId }),
    { ...PORTAL_READ_LIMITS, ...options.readLimits },
  )
  return typeof body === 'object' && body !== null && 'result' in body
    ? body.result
    : undefined
}
