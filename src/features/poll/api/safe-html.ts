import type { DOMPurify } from 'dompurify'
import type { Poll } from '../poll'

/**
 * Poll texts marked `html` come from whoever wrote the poll. Shown, they keep
 * simple inline formatting and lose everything else: other elements are
 * dropped with their text kept (script and style content is dropped whole),
 * and no attribute survives, so nothing can run, link, load or be positioned.
 */
const INLINE_FORMATTING = [
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'code',
  'br',
]

/** Sanitised markup: `TrustedHTML` where the browser enforces Trusted Types. */
export type Sanitize = (html: string) => string | TrustedHTML

let loaded: Sanitize | undefined
let loading: Promise<Sanitize> | undefined

/** The sanitiser, if it has been loaded; `undefined` until then. */
export function loadedSanitizer(): Sanitize | undefined {
  return loaded
}

/** The allow-list above, applied by a DOMPurify instance: the browser's or the server's. */
export function sanitizerFor(purify: DOMPurify): Sanitize {
  return (html) =>
    purify.sanitize(html, {
      ALLOWED_TAGS: INLINE_FORMATTING,
      ALLOWED_ATTR: [],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      // The page's policy lets only DOMPurify's Trusted Types policy create markup.
      RETURN_TRUSTED_TYPE: true,
    })
}

/**
 * Sets the sanitiser before anything asks for one: the server's, whose
 * DOMPurify works on a DOM of its own (without one, DOMPurify would hand
 * texts back unsanitised).
 */
export function provideSanitizer(sanitize: Sanitize): void {
  loaded = sanitize
  loading = Promise.resolve(sanitize)
}

/**
 * DOMPurify is a file of its own, fetched the first time an HTML text needs
 * it: most polls are plain text and never do.
 */
export function loadSanitizer(): Promise<Sanitize> {
  loading ??= import('dompurify').then(
    ({ default: purify }) => {
      loaded = sanitizerFor(purify)
      return loaded
    },
    (error: unknown) => {
      // A failed download (offline, a release replaced the file) may work next time.
      loading = undefined
      throw error
    },
  )
  return loading
}

export function hasHtml(poll: Poll): boolean {
  return poll.questions.some(
    (question) =>
      question.textFormat === 'html' ||
      question.answers.some((answer) => answer.textFormat === 'html'),
  )
}

/**
 * Resolves once the poll can be shown with its formatting: at once for plain
 * polls, after loading the sanitiser for polls with HTML texts.
 */
export async function readyToShow(poll: Poll): Promise<Poll> {
  if (hasHtml(poll)) await loadSanitizer()
  return poll
}
