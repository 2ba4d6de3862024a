const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?'
/** A host name and an optional port, the port captured: no scheme, path, user or query. */
const HOST_AND_PORT = `${LABEL}(?:\\.${LABEL})*(?::(\\d{1,5}))?`
// CSP allows a wildcard only for the leftmost labels: `https://*.bitrix24.com`.
const ORIGIN = new RegExp(`^https?://(?:\\*\\.)?${HOST_AND_PORT}$`, 'i')
const HOST = new RegExp(`^${HOST_AND_PORT}$`, 'i')
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
  return hasValidPort(ORIGIN.exec(value))
}

/**
 * A host name with an optional port and nothing else, as a portal names
 * itself in the `DOMAIN` of its POST.
 */
export function isHost(value: string): boolean {
  return hasValidPort(HOST.exec(value))
}

function hasValidPort(match: RegExpExecArray | null): boolean {
  if (!match) return false
  const port = match[1]
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
  const origins = (value ?? '').split(/[\s,]+/).filter(Boolean)
  return origins.length === 0 ? [] : validatePortalOrigins(origins)
}
