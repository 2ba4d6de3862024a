/*
 * Inside Bitrix24 the app is light, like the panel around it: Bitrix24 tells
 * an app no theme, and a cross-origin frame's `prefers-color-scheme` is the
 * system's, not the portal's (docs/behaviour.md, "Light inside Bitrix24", has
 * the sources). Only a page that no portal opened follows the system.
 *
 * Bitrix24 opens the app with DOMAIN and APP_SID in its address. This runs as
 * a classic script in index.html's <head> (tools/render-blocking-script.ts),
 * before the first paint and any other script, so it imports and exports nothing.
 */
const openedByBitrix24 = ['DOMAIN', 'APP_SID'].every((name) =>
  new URLSearchParams(location.search).has(name),
)
if (!openedByBitrix24) {
  // styles.css and skeleton.css follow `prefers-color-scheme` only here.
  document.documentElement.dataset.colorScheme = 'system'
}
