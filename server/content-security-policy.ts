/** The policy for the app's page, which only runs inside a portal's frame. */
export function contentSecurityPolicy(portalOrigins: readonly string[]): string {
  const portals = portalOrigins.join(' ')
  return [
    "default-src 'self'",
    "script-src 'self'",
    // No 'unsafe-inline': the app sets no style attribute, since the page the
    // server paints would carry it in markup, where this blocks it. The
    // answer bars' widths are SVG lengths instead.
    "style-src 'self'",
    // Avatars come from the portal or, on Bitrix24's cloud, from its
    // storage hosts, which no list can name in advance.
    `img-src 'self' data: ${portals} https:`,
    // The SDK sends REST calls from the page straight to the portal.
    `connect-src ${portals}`,
    `frame-ancestors ${portals}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    // Markup from strings only through DOMPurify's policy (the poll's HTML
    // texts): any other way to turn a string into markup or script throws.
    "require-trusted-types-for 'script'",
    'trusted-types dompurify',
  ].join('; ')
}
