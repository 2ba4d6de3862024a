import type { Config } from 'dompurify'

/**
 * What an `html` poll text keeps: simple inline formatting. Other elements
 * are dropped with their text kept (script and style content whole), and no
 * attribute survives, so nothing can run, link, load or be positioned
 * (docs/security.md). The browser and the server apply this one list.
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
  // Stryker disable next-line ArrayDeclaration: the name it puts in holds spaces, which no HTML attribute name can
  ALLOWED_ATTR: [],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
} satisfies Config
