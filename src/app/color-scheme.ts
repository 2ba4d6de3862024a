/*
 * Inside Bitrix24 the app is light, like the panel around it. Only a page that
 * no portal frames (the app's address opened in a tab, which says to open it
 * from a chat) follows the system's light or dark setting.
 *
 * Why not follow the portal's theme: Bitrix24 tells an app none. Its frame
 * gets DOMAIN, PROTOCOL, LANG, APP_SID, the tokens, PLACEMENT and
 * PLACEMENT_OPTIONS and no more (Bitrix24's rest module,
 * bitrix/modules/rest/install/components/bitrix/app.layout/component.php; the
 * SDK's github.com/bitrix24/b24jssdk packages/jssdk/src/frame/_placement-options.ts),
 * and a chat message's menu adds only dialogId and messageId (the im module,
 * bitrix/modules/im/install/js/im/v2/lib/market/src/classes/market-service.js).
 * Nor does `prefers-color-scheme` know it: in a frame from another origin it
 * is the system's setting, whatever the portal's page shows.
 *
 * Why light: the panel an app opens in is Bitrix24's light content surface in
 * every portal theme (`--ui-context-content-light` of its Air design), and
 * Bitrix24's own UI kit for apps (github.com/bitrix24/b24ui) starts them light.
 *
 * Bitrix24 opens the app's page with DOMAIN and APP_SID in its address, as
 * the simulated portal does (e2e/portal/chat-page/app-slider.ts). This module
 * reads them as a classic script in index.html's <head>, put there by
 * tools/render-blocking-script.ts: before the first paint (the skeleton's
 * included) and before any other script. So it imports and exports nothing.
 */
const openedByBitrix24 = ['DOMAIN', 'APP_SID'].every((name) =>
  new URLSearchParams(location.search).has(name),
)
if (!openedByBitrix24) {
  // styles.css and skeleton.css follow `prefers-color-scheme` only here.
  document.documentElement.dataset.colorScheme = 'system'
}
