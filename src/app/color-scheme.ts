/*
 * Light inside Bitrix24, which tells an app no theme; only a page that no
 * portal opened follows the system (docs/behaviour.md, "Light inside
 * Bitrix24"). Bitrix24 opens the app with DOMAIN and APP_SID in its address.
 * A classic script in index.html's <head> (tools/render-blocking-script.ts),
 * run before the first paint: it imports and exports nothing.
 */
const openedByBitrix24 = ['DOMAIN', 'APP_SID'].every((name) =>
  new URLSearchParams(location.search).has(name),
)
if (!openedByBitrix24) {
  // styles.css and skeleton.css follow `prefers-color-scheme` only here.
  document.documentElement.dataset.colorScheme = 'system'
}
