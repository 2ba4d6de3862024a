import type { Placement } from '../src/lib/portal.ts'
import { isHost } from './portal-origins.ts'

/**
 * What Bitrix24's form POST to the handler says, as far as a server that
 * reads the poll itself needs it: `DOMAIN`, `PROTOCOL` and `LANG` in the
 * query, `AUTH_ID`, `PLACEMENT` and `PLACEMENT_OPTIONS` in the form (the REST
 * docs' "widgets" pages: the data a widget handler receives).
 */
export interface PortalPost {
  /** The portal's origin, one the operator allowed in PORTAL_ORIGINS. */
  readonly origin: string
  /** The user's access token: for the one call that reads the poll, nothing else. */
  readonly authId: string
  readonly lang: string
  readonly placement: Placement
}

/** Far above any real token; a longer one is not Bitrix24's. */
const MAX_TOKEN_LENGTH = 1024

/**
 * The POST's facts, or `undefined` when the server must not read the poll
 * itself: a portal the operator did not allow (the server then sends no
 * request at all), or a POST without a token.
 */
export function portalPostOf(
  query: URLSearchParams,
  form: URLSearchParams,
  portalOrigins: readonly string[],
): PortalPost | undefined {
  const origin = originOf(query.get('DOMAIN'), query.get('PROTOCOL'))
  if (!origin || !isAllowed(origin, portalOrigins)) return undefined
  const authId = form.get('AUTH_ID') ?? ''
  if (authId === '' || authId.length > MAX_TOKEN_LENGTH) return undefined
  return {
    origin,
    authId,
    lang: languageOf(query.get('LANG')),
    // As the SDK reads it from the portal's init data: DEFAULT when empty.
    placement: {
      code: form.get('PLACEMENT') || 'DEFAULT',
      options: optionsOf(form.get('PLACEMENT_OPTIONS')),
    },
  }
}

/**
 * The user's language, English when empty (as the SDK reads it) or when not
 * a language id: the app looks catalogues up by it, where `constructor` or
 * `toString` would find an object's built-in properties. Bitrix24 names a
 * language with two letters (`b_language.LID char(2)`, main module's install.sql).
 */
function languageOf(lang: string | null): string {
  return lang && /^[a-z]{2}$/.test(lang) ? lang : 'en'
}

function originOf(domain: string | null, protocol: string | null): string | undefined {
  if (!domain || !isHost(domain)) return undefined
  const scheme = protocol === '1' ? 'https' : protocol === '0' ? 'http' : undefined
  if (!scheme) return undefined
  // Lower case, without the scheme's default port: as browsers name origins.
  return new URL(`${scheme}://${domain}`).origin
}

/**
 * Exactly one of the operator's origins, or a host under one of their
 * wildcards (`https://*.bitrix24.com`), as the Content-Security-Policy matches
 * them: same scheme, same port.
 */
export function isAllowed(origin: string, portalOrigins: readonly string[]): boolean {
  const candidate = new URL(origin)
  return portalOrigins.some((allowed) => {
    // Stryker disable next-line Regex: origins validated at start begin with their scheme, and `.+` runs to their end, having no line break
    const wildcard = /^(https?):\/\/\*\.(.+)$/i.exec(allowed)
    if (!wildcard) return new URL(allowed).origin === candidate.origin
    // Stryker disable next-line StringLiteral: the pattern always captures both; the defaults are for the type only
    const [, scheme = '', rest = ''] = wildcard
    const base = new URL(`${scheme}://${rest}`)
    return (
      candidate.protocol === base.protocol &&
      candidate.port === base.port &&
      candidate.hostname.endsWith(`.${base.hostname}`)
    )
  })
}

/** `PLACEMENT_OPTIONS` is JSON in the form; the app takes it as the SDK hands it over. */
function optionsOf(json: string | null): unknown {
  if (!json) return ''
  try {
    return JSON.parse(json) as unknown
  } catch {
    return ''
  }
}
