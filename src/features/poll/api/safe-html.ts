import type { Poll, TextFormat } from '../poll'

/**
 * Poll texts marked `html` come from whoever wrote the poll. They keep simple
 * inline formatting and lose everything else: other elements are dropped with
 * their text kept (script and style content is dropped whole), and no
 * attribute survives, so nothing can run, link, load or be positioned.
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

type Sanitize = (html: string) => string

let sanitizer: Promise<Sanitize> | undefined

// DOMPurify is fetched the first time a poll with an HTML text arrives: most
// polls are plain text and never need it.
function loadSanitizer(): Promise<Sanitize> {
  sanitizer ??= import('dompurify').then(
    ({ default: purify }) =>
      (html) =>
        purify.sanitize(html, {
          ALLOWED_TAGS: INLINE_FORMATTING,
          ALLOWED_ATTR: [],
          ALLOW_DATA_ATTR: false,
          ALLOW_ARIA_ATTR: false,
        }),
    (error: unknown) => {
      // A failed download (offline, a release replaced the chunk) may work next time.
      sanitizer = undefined
      throw error
    },
  )
  return sanitizer
}

interface Text {
  readonly text: string
  readonly textFormat: TextFormat
}

/** The poll with every HTML text sanitised; plain texts are left as they are. */
export async function withSafeHtml(poll: Poll): Promise<Poll> {
  const texts: Text[] = poll.questions.flatMap((question) => [
    question,
    ...question.answers,
  ])
  if (!texts.some((item) => item.textFormat === 'html')) return poll
  const sanitize = await loadSanitizer()
  const safe = <T extends Text>(item: T): T =>
    item.textFormat === 'html' ? { ...item, text: sanitize(item.text) } : item
  return {
    ...poll,
    questions: poll.questions.map((question) => ({
      ...safe(question),
      answers: question.answers.map(safe),
    })),
  }
}
