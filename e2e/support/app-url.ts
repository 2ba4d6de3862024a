/** The app's own URL, served by the global setup: opening it is being outside Bitrix24. */
export function appUrl(): string {
  const url = process.env.APP_URL
  if (!url) throw new Error('APP_URL is not set: the global setup did not start the app.')
  return url
}
