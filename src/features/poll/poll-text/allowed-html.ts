import type { Config } from 'dompurify'

/**
 * Poll texts marked `html` come from whoever wrote the poll. Shown, they keep
 * simple inline formatting and lose everything else: other elements are
 * dropped with their text kept (script and style content is dropped whole),
 * and no attribute survives, so nothing can run, link, load or be positioned.
 *
 * DOMPurify's options, and nothing else: whoever sanitises a poll text, in the
 * browser or on a server, applies this one list. The module imports no DOM, so
 * a server can read it.
 */
export const ALLOWED_HTML = {
  ALLOWED_TAGS: [
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
  ],
  ALLOWED_ATTR: [],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
} satisfies Config
