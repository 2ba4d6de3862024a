const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?'
/** A host name and an optional port, both captured: no scheme, path, user or query. */
const HOST_AND_PORT = `(${LABEL}(?:\\.${LABEL})*)(?::(\\d{1,5}))?`
// CSP allows a wildcard only for the leftmost labels: `https://*.bitrix24.com`.
const ORIGIN = new RegExp(`^https?://(\\*\\.)?${HOST_AND_PORT}$`, 'i')
const HOST = new RegExp(`^${HOST_AND_PORT}$`, 'i')
/**
 * A host whose last label is a number is an IPv4 address to the URL parser,
 * which accepts `2130706433`, `127.1`, `0x7f.1` or `0177.0.0.1` for
 * 127.0.0.1 (WHATWG URL, "ends in a number").
 */
const ENDS_IN_NUMBER = /(?:^|\.)(?:\d+|0x[0-9a-f]*)$/i
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
const DOTTED_QUAD = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`)
const EXAMPLE = 'https://your-company.bitrix24.com'

/**
 * The origins go into the Content-Security-Policy as they are: anything but a
 * bare origin could widen or break the policy, so it stops the server instead.
 */
export function validatePortalOrigins(origins: readonly string[]): readonly string[] {
  if (origins.length === 0) {
    throw new Error(`At least one Bitrix24 portal origin is needed, e.g. ${EXAMPLE}`)
  }
  for (const origin of origins) {
    if (!isOrigin(origin)) {
      throw new Error(
        `"${origin}" is not a portal origin: expected http(s)://host[:port] with no path, ` +
          `e.g. ${EXAMPLE} or https://*.bitrix24.com`,
      )
    }
  }
  return origins
}

function isOrigin(value: string): boolean {
  const match = ORIGIN.exec(value)
  if (!match) return false
  // Stryker disable next-line StringLiteral: ORIGIN always captures a host; the default is for the type only
  const [, wildcard, host = '', port] = match
  // A wildcard over address labels (`https://*.0.0.1`) names no portal.
  if (wildcard && ENDS_IN_NUMBER.test(host)) return false
  return isPlainHost(host) && isValidPort(port)
}

/**
 * A host name with an optional port and nothing else, as a portal names
 * itself in the `DOMAIN` of its POST.
 */
export function isHost(value: string): boolean {
  const match = HOST.exec(value)
  if (!match) return false
  // Stryker disable next-line StringLiteral: HOST always captures a host; the default is for the type only
  const [, host = '', port] = match
  return isPlainHost(host) && isValidPort(port)
}

/**
 * A name, or an IPv4 address written the one canonical way: the other ways
 * are refused rather than normalised, so a host is compared as written.
 */
function isPlainHost(host: string): boolean {
  return !ENDS_IN_NUMBER.test(host) || DOTTED_QUAD.test(host)
}

function isValidPort(port: string | undefined): boolean {
  return port === undefined || (Number(port) >= 1 && Number(port) <= 65535)
}

/**
 * PORTAL_ORIGINS: comma or space separated, validated as above when set.
 * Empty when unset: `npm run serve` then refuses to start, the dev server
 * leaves out the server-first paint.
 */
export function portalOriginsFromEnv(
  value = process.env.PORTAL_ORIGINS,
): readonly string[] {
  // Stryker disable next-line Regex: separators split one at a time leave empty strings, which the filter drops
  const origins = (value ?? '').split(/[\s,]+/).filter(Boolean)
  return origins.length === 0 ? [] : validatePortalOrigins(origins)
}
