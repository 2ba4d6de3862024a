import type { DOMPurify } from 'dompurify'
import { loadOnce } from '@/lib/load-once'
import type { Poll } from '../poll'
import { ALLOWED_HTML } from './allowed-html'

/** Sanitised markup: `TrustedHTML` where the browser enforces Trusted Types. */
export type Sanitize = (html: string) => string | TrustedHTML

/** The allow-list, applied by a DOMPurify instance: the browser's or the server's. */
export function sanitizerFor(purify: DOMPurify): Sanitize {
  return (html) =>
    purify.sanitize(html, {
      ...ALLOWED_HTML,
      // The page's policy lets only DOMPurify's Trusted Types policy create markup.
      RETURN_TRUSTED_TYPE: true,
    })
}

/**
 * DOMPurify, downloaded when `readyToShow` asks. The server provides its own,
 * on a DOM of its own: without one, DOMPurify returns texts unsanitised.
 */
export const sanitizer = loadOnce(() =>
  import('dompurify').then(({ default: purify }) => sanitizerFor(purify)),
)

export function hasHtml(poll: Poll): boolean {
  return poll.questions.some(
    (question) =>
      question.textFormat === 'html' ||
      question.answers.some((answer) => answer.textFormat === 'html'),
  )
}

/** How much markup a poll's texts hold, and so what sanitising them costs. */
export interface Markup {
  /** HTML texts with a `<`: DOMPurify parses each, and hands any other back as it is. */
  readonly texts: number
  /** Their length: the parse's time and memory grow with it. */
  readonly characters: number
}

export function markupOf(poll: Poll): Markup {
  const texts = poll.questions
    .flatMap((question) => [question, ...question.answers])
    .filter((text) => text.textFormat === 'html' && text.text.includes('<'))
  return {
    texts: texts.length,
    characters: texts.reduce((sum, text) => sum + text.text.length, 0),
  }
}

/**
 * Resolves once the poll can be shown with its formatting: the sanitiser is
 * downloaded for the first poll with an HTML text, before that poll is shown,
 * and never for plain-text polls.
 */
export async function readyToShow(poll: Poll): Promise<Poll> {
  if (hasHtml(poll)) await sanitizer.preload()
  return poll
}
