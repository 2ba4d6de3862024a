/**
 * The simulated Bitrix24 portal (README.md): its server, an app started
 * beside it, and the ids the benchmark and the crowd's tests need. The control client, the schemas and
 * the demo's polls have entries of their own, `./client`, `./schemas` and `./demo-polls`, that
 * also run in a browser.
 */
export { startPortal, type PortalOptions, type RunningPortal } from './server'
export { startPortalWithApp, type RunningApp, type StartApp } from './start-both'
export { BENCH_CHAT_POLL, BENCH_FEED_POLL, CROWD_CHAT, CROWD_USER_IDS } from './scenarios'
